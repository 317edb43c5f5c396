package be.inasti.missiondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.inasti.missiondesk.store.TableDigest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 5, for {@code site register}: the fields of an identity file are checked as strictly as {@code site
 * init} checks what is typed. The file is a real identity, exported by another installation, with one field changed
 * as an attacker or a careless hand would; a refusal is one line and registers nothing. And the identity written is,
 * like every file MissionDesk writes, its owner's alone.
 */
class SiteIdentityFieldsTest extends CliTestBase {
    Path identity;

    @BeforeEach
    void anIdentityFromAnotherSite() {
        String centre = folder.resolve("centre.db").toString();
        identity = folder.resolve("centre.json");
        assertThat(run("--db", db(), "site", "init", "--id", "NAM-07", "--office", "NAMUR", "--role", "caseworker")
                .exit()).isZero();
        assertThat(run("--db", centre, "site", "init", "--id", "CENTRAL", "--office", "CENTRAL", "--role",
                "central").exit()).isZero();
        assertThat(run("--db", centre, "site", "export-identity", "--out", identity.toString()).exit()).isZero();
    }

    Run registerWith(String field, String value) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode fields = (ObjectNode) json.readTree(identity.toFile());
        if (value == null) {
            fields.remove(field);
        } else {
            fields.put(field, value);
        }
        Path changed = folder.resolve("changed.json");
        json.writeValue(changed.toFile(), fields);
        return run("--db", db(), "site", "register", changed.toString());
    }

    void assertRefusedAndNothingRegistered(String field, String value, String... said) throws IOException {
        String before = TableDigest.of(Path.of(db()), TableDigest.WALL_CLOCK);

        Run run = registerWith(field, value);

        assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
        assertThat(run.err()).contains(said);
        assertThat(TableDigest.of(Path.of(db()), TableDigest.WALL_CLOCK)).isEqualTo(before);
        assertThat(run("--db", db(), "site", "list").out()).doesNotContain("partner");
    }

    @Test
    void anIdWithSqlCharactersIsRefused() throws IOException {
        assertRefusedAndNothingRegistered("id", "X'); DROP TABLE mission;--", "site id");
    }

    @Test
    void anOfficeThatDoesNotExistIsRefused() throws IOException {
        assertRefusedAndNothingRegistered("office", "ATLANTIS", "ATLANTIS");
    }

    @Test
    void anIdentityWithoutARoleIsRefusedInWords() throws IOException {
        assertRefusedAndNothingRegistered("role", null, "role");
    }

    @Test
    void theIdentityWrittenIsItsOwnersAlone() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(identity, LinkOption.NOFOLLOW_LINKS)))
                .isEqualTo("rw-------");
    }
}
