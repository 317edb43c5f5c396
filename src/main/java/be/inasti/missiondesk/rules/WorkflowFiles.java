package be.inasti.missiondesk.rules;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.catalogue.Catalogue;
import be.inasti.missiondesk.domain.catalogue.CatalogueCsv;
import be.inasti.missiondesk.domain.catalogue.CatalogueVersion;
import be.inasti.missiondesk.domain.catalogue.Labels;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Outcome;
import be.inasti.missiondesk.domain.workflow.Transition;
import be.inasti.missiondesk.domain.workflow.Vocabulary;
import be.inasti.missiondesk.domain.workflow.Workflow;
import be.inasti.missiondesk.domain.workflow.WorkflowCheck;
import be.inasti.missiondesk.domain.workflow.WorkflowSet;
import be.inasti.missiondesk.domain.workflow.WorkflowSource;
import be.inasti.missiondesk.domain.workflow.Workflows;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads {@code catalogue/workflows-*.yaml}: the index {@code catalogue/versions.csv} names, per catalogue version,
 * its objectives file and its workflows file. Each file is checked against its own catalogue version as it loads.
 */
public final class WorkflowFiles implements WorkflowSource {
    private static final String FOLDER = "/catalogue/";
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @Override
    public Workflows read() {
        Catalogue catalogue = Catalogue.bundled();
        List<String[]> index = CatalogueCsv.rows(new InputStreamReader(open("versions.csv"), StandardCharsets.UTF_8));
        int column = List.of(index.getFirst()).indexOf("workflows");
        List<WorkflowSet> sets = new ArrayList<>();
        for (String[] row : index.subList(1, index.size())) {
            LocalDate validFrom = LocalDate.parse(row[0]);
            CatalogueVersion version = catalogue.versionOn(validFrom);
            sets.add(read(row[column], version, open(row[column])));
        }
        return new Workflows(sets);
    }

    /** One file's workflows, checked against the catalogue version they belong to. */
    public static WorkflowSet read(String file, CatalogueVersion version, InputStream yaml) {
        WorkflowYaml data = parse(file, yaml);
        Vocabulary words = new Vocabulary(typeLabels(file, data.types()),
                labels(file, data.states()), labels(file, data.events()), labels(file, data.outcomes()));
        List<Workflow> workflows = data.types().stream().map(t -> workflow(file, t)).toList();
        WorkflowSet set = new WorkflowSet(version.id(), version.validFrom(), file, workflows, words);
        new WorkflowCheck(file, version).check(set);
        return set;
    }

    private static WorkflowYaml parse(String file, InputStream yaml) {
        try (yaml) {
            return YAML.readValue(yaml, WorkflowYaml.class);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new DomainException("workflow.unreadable", file, e.getOriginalMessage() + where);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Workflow workflow(String file, WorkflowYaml.Type t) {
        List<Transition> transitions = t.events().stream().map(e -> new Transition(e.event(), new HashSet<>(e.from()),
                e.to(), Outcome.of(e.outcome()), list(e.starts()), list(e.startsAsOfReception()), list(e.stops()),
                list(e.cancels()), list(e.asks()).contains(WorkflowYaml.Ask.COMMENT))).toList();
        return new Workflow(MissionType.of(t.type()), labels(file, t.type(), t.label()), t.subject(), t.weight(),
                t.demoShare(), t.initial(), list(t.startsOnReception()), new HashSet<>(t.closed()), transitions,
                list(t.requestedBy()));
    }

    private static Map<String, Labels> labels(String file, Map<String, WorkflowYaml.Words> section) {
        Map<String, Labels> all = new LinkedHashMap<>();
        section.forEach((code, words) -> all.put(code, labels(file, code, words)));
        return all;
    }

    private static Map<String, Labels> typeLabels(String file, List<WorkflowYaml.Type> types) {
        Map<String, Labels> all = new LinkedHashMap<>();
        types.forEach(t -> all.put(t.type(), labels(file, t.type(), t.label())));
        return all;
    }

    private static Labels labels(String file, String code, WorkflowYaml.Words w) {
        if (w == null) {
            throw new DomainException("workflow.labelLanguage", file, code, "fr");
        }
        return new Labels(word(file, code, "fr", w.fr()), word(file, code, "nl", w.nl()),
                word(file, code, "de", w.de()), word(file, code, "en", w.en()));
    }

    private static String word(String file, String code, String language, String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException("workflow.labelLanguage", file, code, language);
        }
        return text.strip();
    }

    private static <T> List<T> list(List<T> maybe) {
        return Objects.requireNonNullElse(maybe, List.of());
    }

    private static InputStream open(String file) {
        InputStream in = WorkflowFiles.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing resource " + FOLDER + file));
        }
        return in;
    }
}
