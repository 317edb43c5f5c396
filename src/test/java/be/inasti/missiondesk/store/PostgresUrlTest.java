package be.inasti.missiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PostgreSQL address on the command line, and where its password comes from (never from the address). */
class PostgresUrlTest {
    @TempDir
    Path home;

    @Test
    void theShortFormWithUserHostPortAndDatabase() {
        assertThat(PostgresUrl.parse("postgresql://coord@db.central:6543/missions")).contains(
                new PostgresUrl("db.central", 6543, "missions", Optional.of("coord")));
    }

    @Test
    void theUserAndThePortMayBeLeftOut() {
        PostgresUrl url = PostgresUrl.parse("postgresql://db.central/missions").orElseThrow();
        assertThat(url).isEqualTo(new PostgresUrl("db.central", 5432, "missions", Optional.empty()));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.central:5432/missions");
    }

    @Test
    void theJdbcFormWithOrWithoutItsUserParameter() {
        assertThat(PostgresUrl.parse("jdbc:postgresql://db.central:5433/missions")).contains(
                new PostgresUrl("db.central", 5433, "missions", Optional.empty()));
        assertThat(PostgresUrl.parse("jdbc:postgresql://db.central/missions?user=coord")).contains(
                new PostgresUrl("db.central", 5432, "missions", Optional.of("coord")));
        assertThat(PostgresUrl.parse("jdbc:postgresql://db.central:5432/missions?user=me@corp")).contains(
                new PostgresUrl("db.central", 5432, "missions", Optional.of("me@corp")));
        assertThat(PostgresUrl.parse("jdbc:postgresql://coord@db.central/missions")).contains(
                new PostgresUrl("db.central", 5432, "missions", Optional.of("coord")));
    }

    @Test
    void anIpv6HostInBrackets() {
        PostgresUrl url = PostgresUrl.parse("postgresql://[::1]:5433/missions").orElseThrow();
        assertThat(url.host()).isEqualTo("[::1]");
        assertThat(url.port()).isEqualTo(5433);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/missions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"desk.db", "/home/me/missions.db", "C:\\data\\desk.db", "postgres.db", "./postgresql/x.db"})
    void aFileIsNoUrl(String file) {
        assertThat(PostgresUrl.parse(file)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://", "postgresql://host", "postgresql://host/", "postgresql://host:port/db",
            "postgresql://host/db/more", "postgresql:host/db", "postgresql://host/db?user=coord",
            "jdbc:postgresql://coord@host/db?user=other", "jdbc:postgresql://host/db?ssl=true"})
    void aMalformedUrlIsRefusedInWords(String text) {
        assertThatThrownBy(() -> PostgresUrl.parse(text)).isInstanceOf(StoreException.class)
                .hasMessageContaining("neither a file nor a readable PostgreSQL address")
                .hasMessageContaining("postgresql://user@server:port/database");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://coord:s3cret@host/db", "postgresql://coord:@host:5432/db",
            "jdbc:postgresql://coord:s3cret@host/db", "jdbc:postgresql://host/db?password=s3cret",
            "jdbc:postgresql://host/db?user=coord&password=s3cret",
            "postgresql://coord:p@ss@host/db", "postgresql://coord:pa/ss@host/db",
            "postgresql://coord:pa?ss@host/db", "postgresql://coord:s3cret@host"})
    void aPasswordInTheUrlIsRefusedAndNotRepeated(String text) {
        assertThatThrownBy(() -> PostgresUrl.parse(text)).isInstanceOf(StoreException.class)
                .hasMessageContaining("a password does not belong in the database's address")
                .hasMessageContaining("PGPASSWORD").hasMessageContaining("~/.pgpass")
                .message().doesNotContain("s3cret").doesNotContain("ss@").doesNotContain("pa/ss")
                .doesNotContain("pa?ss");
    }

    @Test
    void theAddressShownHasTheUserButNeverThePassword() {
        PostgresUrl url = PostgresUrl.parse("postgresql://db.central/missions").orElseThrow();
        PostgresServer server = PostgresServer.of(url, Map.of("PGPASSWORD", "s3cret"), home, "osuser", home);
        assertThat(server.password()).contains("s3cret");
        assertThat(server.toString()).isEqualTo("postgresql://osuser@db.central:5432/missions")
                .doesNotContain("s3cret");
        assertThat(url.toString()).isEqualTo("postgresql://db.central:5432/missions");
    }

    @Test
    void theUserIsTheUrlsElsePguserElseTheOneLoggedIn() {
        PostgresUrl without = PostgresUrl.parse("postgresql://h/db").orElseThrow();
        PostgresUrl with = PostgresUrl.parse("postgresql://coord@h/db").orElseThrow();
        assertThat(PostgresServer.of(with, Map.of("PGUSER", "pguser"), home, "osuser", home).user())
                .isEqualTo("coord");
        assertThat(PostgresServer.of(without, Map.of("PGUSER", "pguser"), home, "osuser", home).user())
                .isEqualTo("pguser");
        assertThat(PostgresServer.of(without, Map.of(), home, "osuser", home).user()).isEqualTo("osuser");
    }

    @Test
    void pgpasswordComesFirst() throws IOException {
        pgpass(home.resolve(".pgpass"), "*:*:*:*:fromfile");
        assertThat(password("postgresql://coord@h/db", Map.of("PGPASSWORD", "fromenv"))).contains("fromenv");
        assertThat(password("postgresql://coord@h/db", Map.of("PGPASSWORD", ""))).contains("fromfile");
    }

    @Test
    void noPasswordAnywhereIsNone() {
        assertThat(password("postgresql://coord@h/db", Map.of())).isEmpty();
    }

    @Test
    void thePasswordFileIsMatchedByHostPortDatabaseAndUser() throws IOException {
        pgpass(home.resolve(".pgpass"),
                "# host:port:database:user:password",
                "other:5432:missions:coord:wronghost",
                "db.central:5433:missions:coord:wrongport",
                "db.central:5432:archive:coord:wrongdb",
                "db.central:5432:missions:someone:wronguser",
                "db.central:5432:missions:coord:right",
                "*:*:*:*:fallback");
        assertThat(password("postgresql://coord@db.central/missions", Map.of())).contains("right");
        assertThat(password("postgresql://coord@db.central:5433/missions", Map.of())).contains("wrongport");
        assertThat(password("postgresql://nobody@db.central/missions", Map.of())).contains("fallback");
    }

    @Test
    void theFirstMatchingLineWinsAndStarsMatchAnything() throws IOException {
        pgpass(home.resolve(".pgpass"), "*:5432:*:coord:first", "db.central:5432:missions:coord:second",
                "*:*:*:*:last");
        assertThat(password("postgresql://coord@db.central/missions", Map.of())).contains("first");
        assertThat(password("postgresql://coord@elsewhere:6000/x", Map.of())).contains("last");
    }

    @Test
    void escapedColonsAndBackslashesAreReadAsThemselves() throws IOException {
        pgpass(home.resolve(".pgpass"), "db.central:5432:odd\\:name:coord:pa\\:ss\\\\word");
        assertThat(password("postgresql://coord@db.central/odd:name", Map.of())).contains("pa:ss\\word");
        assertThat(PgPass.fields("a\\:b:c\\\\:d")).isEqualTo(List.of("a:b", "c\\", "d"));
    }

    @Test
    void pgpassfileNamesAnotherFile() throws IOException {
        pgpass(home.resolve(".pgpass"), "*:*:*:*:fromhome");
        Path other = home.resolve("elsewhere.conf");
        pgpass(other, "*:*:*:*:fromother");
        assertThat(password("postgresql://coord@h/db", Map.of("PGPASSFILE", other.toString()))).contains("fromother");
        assertThat(password("postgresql://coord@h/db", Map.of("PGPASSFILE", home.resolve("missing").toString())))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r-----", "rw----r--", "rw-r--r--"})
    void aPasswordFileOthersMayReadIsIgnored(String permissions) throws IOException {
        Path file = home.resolve(".pgpass");
        pgpass(file, "*:*:*:*:exposed");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        assertThat(password("postgresql://coord@h/db", Map.of())).isEmpty();
    }

    @Test
    void aLineWithTooFewFieldsMatchesNothing() throws IOException {
        pgpass(home.resolve(".pgpass"), "*:*:*:nopassword", "", "*:*:*:*:found");
        assertThat(password("postgresql://coord@h/db", Map.of())).contains("found");
    }

    private Optional<String> password(String url, Map<String, String> env) {
        return PostgresServer.of(PostgresUrl.parse(url).orElseThrow(), env, home, "osuser", home).password();
    }

    private static void pgpass(Path file, String... lines) throws IOException {
        Files.write(file, List.of(lines));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
}
