package be.inasti.missiondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The installation's profile from the command line, and the defaults it gives new work. */
class ProfileCliTest extends CliTestBase {

    private Run addWithoutOfficeOrAssignee() {
        return run("--db", db(), "mission", "add", "--type", "TITRES_SERVICES", "--received", "2026-11-10",
                "--niss", NISS, "--name", "Marie Dupont");
    }

    @Test
    void aNewInstallationHasNoProfileAndAMissionWithoutOfficeIsRefusedInOneLine() {
        assertThat(run("--db", db(), "profile").out()).startsWith("no profile yet");

        Run refused = addWithoutOfficeOrAssignee();

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err().strip()).contains("Missing option '--office'").doesNotContain("\n");
        assertThat(run("--db", db(), "queue", "--format", "csv").out().lines().count()).isEqualTo(1);
    }

    @Test
    void aSavedNamurProfileIsShownAndNewMissionsGoToNamurAndItsLogin() {
        Run saved = run("--db", db(), "profile", "--login", "vrenard", "--office", "namur", "--role", "caseworker");
        assertThat(saved.out()).contains("profile saved: login vrenard, office NAMUR, role CASEWORKER");

        String id = addWithoutOfficeOrAssignee().lastLine();

        assertThat(run("--db", db(), "profile").out().strip()).isEqualTo("login vrenard, office NAMUR, role CASEWORKER");
        String shown = run("--db", db(), "mission", "show", id).out();
        assertThat(shown).contains("NAMUR").contains("vrenard");
    }

    @Test
    void oneOptionChangesOnlyItsFieldAndAnOptionGivenWinsOverTheProfile() {
        run("--db", db(), "profile", "--login", "vrenard", "--office", "NAMUR", "--role", "INSPECTOR");
        run("--db", db(), "profile", "--office", "LIBRAMONT");
        assertThat(run("--db", db(), "profile").out().strip())
                .isEqualTo("login vrenard, office LIBRAMONT, role INSPECTOR");

        Run added = run("--db", db(), "mission", "add", "--type", "TITRES_SERVICES", "--office", "WAVRE",
                "--received", "2026-11-10", "--niss", NISS);

        assertThat(run("--db", db(), "mission", "show", added.lastLine()).out()).contains("WAVRE").contains("vrenard");
    }

    @Test
    void aFirstProfileNeedsAllThreeAndTheCentralRoleIsAnInstallationsNotAPersons() {
        Run partial = run("--db", db(), "profile", "--login", "vrenard");
        assertThat(partial.refusedInOneLine()).as(partial.err()).isTrue();
        assertThat(partial.err()).contains("office");

        Run central = run("--db", db(), "profile", "--login", "vrenard", "--office", "NAMUR", "--role", "CENTRAL");
        assertThat(central.refusedInOneLine()).as(central.err()).isTrue();
        assertThat(run("--db", db(), "profile").out()).startsWith("no profile yet");
    }

    @Test
    void aLoginThatCouldAttackASpreadsheetIsRefused() {
        Run refused = run("--db", db(), "profile", "--login", "=cmd|x", "--office", "NAMUR", "--role", "CASEWORKER");

        assertThat(refused.refusedInOneLine()).as(refused.err()).isTrue();
        assertThat(run("--db", db(), "profile").out()).startsWith("no profile yet");
    }
}
