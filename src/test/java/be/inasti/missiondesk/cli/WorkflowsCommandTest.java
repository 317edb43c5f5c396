package be.inasti.missiondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowsCommandTest extends CliTestBase {
    private static final Path PAGE = Path.of("src/site/markdown/workflows.md");

    private JsonNode workflows() throws Exception {
        Run listed = run("--db", db(), "workflows", "--format", "json");
        assertThat(listed.exit()).isZero();
        return new ObjectMapper().readTree(listed.out());
    }

    @Test
    void everyTypeInForceIsListedWithWhatEachEventDoesToTheClocks() throws Exception {
        JsonNode types = workflows();

        JsonNode afa = find(types, "type", "ECL_AFA");
        JsonNode selection = find(afa.get("events"), "event", "selection-contact");
        assertThat(types.size()).isGreaterThan(25);
        assertThat(afa.get("startsOnReception").toString()).isEqualTo("[\"ECL 2-01\",\"ECL 2-02\"]");
        assertThat(selection.get("from").toString()).isEqualTo("[\"REGISTERED\"]");
        assertThat(selection.get("starts").toString()).isEqualTo("[\"ECL 2-04\"]");
        assertThat(find(afa.get("events"), "event", "maintien").get("cancels").toString())
                .isEqualTo("[\"ECL 2-04\"]");
    }

    /** A maintainer who edits the data regenerates the page; forgetting to fails here, naming the command. */
    @Test
    void theWorkflowsPageIsWhatTheDataSays() throws Exception {
        Run page = run("--db", db(), "workflows", "--format", "markdown");

        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("run: missiondesk workflows --format markdown > " + PAGE).isEqualTo(page.out());
    }

    /** Each type opens from the command line with a subject it admits, and its first event can be fired. */
    @Test
    void missionAddAcceptsEveryTypeInForce() throws Exception {
        for (JsonNode type : workflows()) {
            List<String> args = new ArrayList<>(List.of("--db", db(), "mission", "add", "--type",
                    type.get("type").asText(), "--office", "NAMUR", "--assignee", "vrenard", "--received",
                    "2026-11-02"));
            args.addAll(type.get("subject").asText().equals("COMPANY") ? List.of("--bce", "0403170701")
                    : List.of("--niss", NISS));
            if (type.get("type").asText().equals("INFO_REQUEST")) {
                args.addAll(List.of("--objective", "VOB 4-01"));
            }
            if (!type.get("requestedBy").isEmpty()) {
                args.addAll(List.of("--requested-by", type.get("requestedBy").get(0).asText()));
            }
            Run added = run(args.toArray(String[]::new));
            assertThat(added.exit()).as(type.get("type").asText() + ": " + added.err()).isZero();

            JsonNode first = type.get("events").get(0);
            Run fired = run("--db", db(), "mission", "event", added.lastLine(), first.get("event").asText(), "--on",
                    "2026-11-10", "--comment", "vu");
            assertThat(fired.exit()).as(type.get("type").asText() + " " + first + ": " + fired.err()).isZero();
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError(value + " not in " + array);
    }
}
