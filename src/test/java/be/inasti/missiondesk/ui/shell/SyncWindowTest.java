package be.inasti.missiondesk.ui.shell;

import static be.inasti.missiondesk.flows.Fixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.sync.SyncSites;
import be.inasti.missiondesk.ui.common.FxTaskRunner;
import be.inasti.missiondesk.ui.common.ScriptedFiles;
import be.inasti.missiondesk.ui.sync.ConflictRow;
import be.inasti.missiondesk.ui.sync.PartnerRow;
import be.inasti.missiondesk.ui.sync.SyncView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Synchronisation driven like a caseworker in Namur would: shortcuts, buttons, files picked or dropped, then the
 * same file carried to the central office's window. The file dialogs are answered by {@link ScriptedFiles}.
 */
@ExtendWith(ApplicationExtension.class)
class SyncWindowTest {
    @TempDir
    Path folder;

    private SyncSites sites;
    private Services central;
    private Services namur;
    private ScriptedFiles files;
    private final List<FxTaskRunner> runners = new ArrayList<>();

    @Start
    void start(Stage stage) {
        sites = new SyncSites(folder);
        central = sites.site("CENTRAL", Office.CENTRAL, Role.CENTRAL);
        namur = sites.site("NAM-07", Office.NAMUR, Role.CASEWORKER);
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        namur.profile().save(new Profile("vrenard", Office.NAMUR, Role.CASEWORKER));
        files = new ScriptedFiles(folder);
        show(stage, namur, Optional.empty());
    }

    private void show(Stage stage, Services site, Optional<Path> importOnStart) {
        FxTaskRunner tasks = new FxTaskRunner();
        runners.add(tasks);
        MainWindow.show(stage, site, tasks, new Preferences(Locale.FRENCH, Theme.LIGHT), files, importOnStart,
                () -> { }, reason -> { });
    }

    /** The windows first: closing one may still ask its runner for work. */
    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        runners.forEach(FxTaskRunner::close);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static void openSyncScreen(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> text(robot, "#sync-site").startsWith("Ce site : "));
    }

    /** TestFX cannot drag files from the desktop in headless mode: the drop handler gets the paths directly. */
    private static void drop(FxRobot robot, Path file) {
        MainView main = robot.lookup(".main").queryAs(MainView.class);
        robot.interact(() -> main.drop(List.of(file)));
    }

    @Test
    void aBatchExportedOnTheDeskIsImportedInTheCentralOfficesWindowWithItsReport(FxRobot robot)
            throws TimeoutException {
        waitUntil(() -> text(robot, "#status-export").equals("Dernier export : jamais"));
        openSyncScreen(robot);
        assertThat(text(robot, "#sync-site")).isEqualTo("Ce site : NAM-07 — Namur — agent traitant");

        robot.clickOn("#sync-export");

        waitUntil(() -> text(robot, "#sync-report").startsWith("Lot écrit pour CENTRAL : "));
        Path batch = folder.resolve("MissionDesk-NAM-07-to-CENTRAL-2026-11-23.mdbatch");
        assertThat(batch).isNotEmptyFile();
        TableView<PartnerRow> partners = robot.lookup("#sync-partners").queryTableView();
        waitUntil(() -> partners.getItems().getFirst().lastExport().equals("23 nov. 2026 09:00"));
        waitUntil(() -> text(robot, "#status-export").equals("Dernier export : 23 nov. 2026 09:00"));

        // The caseworker takes the file to the central office, whose window is opened with it.
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        robot.interact(() -> show(new Stage(), central, Optional.of(batch)));

        waitUntil(() -> text(robot, "#sync-report").startsWith("Lot de NAM-07 importé (positions 1 à "));
        assertThat(text(robot, "#sync-report")).endsWith(" 0 nouveau(x) conflit(s).");
        assertThat(text(robot, "#sync-error")).isEmpty();
        waitUntil(() -> text(robot, "#status-import").equals("Dernier import : 23 nov. 2026 09:00"));
        assertThat(central.missions().count()).isEqualTo(1);
    }

    @Test
    void aTamperedBatchDroppedOnTheWindowIsRefusedWithItsMessage(FxRobot robot) throws Exception {
        SyncSites.titresServices(central, Office.NAMUR, "vrenard");
        Path batch = sites.export(central, "NAM-07");
        byte[] bytes = Files.readAllBytes(batch);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(batch, bytes);

        drop(robot, batch);

        waitUntil(() -> text(robot, "#sync-error").startsWith("Import refusé : "));
        assertThat(text(robot, "#sync-error")).contains("\n").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(text(robot, "#sync-report")).isEmpty();
        assertThat(namur.missions().count()).isEqualTo(1);
    }

    @Test
    void aConflictImportedFromTheMenuIsListedAndFlipped(FxRobot robot) throws TimeoutException {
        sites.concurrentDecisions(central, namur, "NAM-07");
        files.willOpen(sites.export(central, "NAM-07"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> text(robot, "#sync-report").startsWith("Lot de CENTRAL importé"));
        TableView<ConflictRow> conflicts = robot.lookup("#sync-conflicts").queryTableView();
        waitUntil(() -> conflicts.getItems().stream().anyMatch(c -> c.field().equals("Statut")));
        ConflictRow status = conflicts.getItems().stream().filter(c -> c.field().equals("Statut")).findFirst()
                .orElseThrow();
        assertThat(robot.lookup("#sync-flip").queryButton().isDisabled()).isTrue();

        // "Statut" is also a column of the queue behind: the click goes to the conflicts table's cell, once the table
        // has laid out the row its items already hold.
        waitUntil(() -> robot.from(conflicts).lookup(".table-row-cell .table-cell")
                .match(LabeledMatchers.hasText("Statut")).tryQuery().isPresent());
        robot.clickOn(robot.from(conflicts).lookup(".table-row-cell .table-cell")
                .match(LabeledMatchers.hasText("Statut")).queryLabeled());
        waitUntil(() -> !robot.lookup("#sync-flip").queryButton().isDisabled());
        robot.clickOn("#sync-flip");

        waitUntil(() -> text(robot, "#sync-report").equals(
                "Marie Dupont, Statut : l'autre valeur est rétablie et partira avec le prochain lot."));
        waitUntil(() -> conflicts.getItems().stream().noneMatch(c -> c.id() == status.id()));
        assertThat(namur.sync().conflicts(true)).extracting(c -> c.id()).doesNotContain(status.id());
    }

    @Test
    void aCsvDroppedOnTheWindowOpensTheFlowImportOnIt(FxRobot robot) throws TimeoutException {
        drop(robot, flow("requests-2026-11.csv"));

        waitUntil(() -> robot.lookup("#flows-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#flows-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 7);
        assertThat(text(robot, "#flows-file")).isEqualTo("requests-2026-11.csv");
    }

    @Test
    void theFileMenuOpensAChosenFlowFile(FxRobot robot) throws TimeoutException {
        files.willOpen(flow("requests-2026-11.csv"));

        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);

        waitUntil(() -> text(robot, "#flows-summary").startsWith("requests-2026-11.csv : 4 à créer"));
    }

    /** A caseworker's new installation, with her profile and one mission, in the window instead of Namur's. */
    private Services freshInstallation(FxRobot robot) {
        Services fresh = Services.open(folder.resolve("fresh.db"), central.clock(), "vrenard");
        fresh.profile().save(new Profile("vrenard", Office.NAMUR, Role.CASEWORKER));
        SyncSites.titresServices(fresh, Office.NAMUR, "vrenard");
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        robot.interact(() -> show(new Stage(), fresh, Optional.empty()));
        return fresh;
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
    }

    @Test
    void aNewInstallationBecomesASiteExchangesIdentitiesAndExportsToTheStickUsedLast(FxRobot robot) throws Exception {
        Services fresh = freshInstallation(robot);
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        waitUntil(() -> text(robot, "#sync-site").startsWith("Cette installation n'est pas encore un site"));
        Button export = robot.lookup("#sync-export").queryButton();
        assertThat(export.isDisabled()).isTrue();
        assertThat(export.getAccessibleHelp()).isEqualTo(
                "Cette installation n'est pas encore un site : créez-le d'abord avec le formulaire ci-dessus.");
        TextField id = robot.lookup("#sync-setup-id").queryAs(TextField.class);
        assertThat(id.getText()).isEqualTo("NAM-VRENARD");

        // She prefers the id her team uses, and presses Enter in the field.
        robot.clickOn(id).eraseText(id.getText().length()).write("NAM-42");
        press(robot, KeyCode.ENTER);

        waitUntil(() -> text(robot, "#sync-report").startsWith("Cette installation est maintenant le site NAM-42 "
                + "(Namur, agent traitant)."));
        waitUntil(() -> text(robot, "#sync-site").startsWith("Ce site : NAM-42 — Namur — agent traitant"));
        assertThat(robot.lookup("#sync-setup").query().isVisible()).isFalse();
        assertThat(export.getAccessibleHelp()).startsWith("Aucun partenaire : ajoutez d'abord le fichier d'identité");

        robot.clickOn("#sync-save-identity");
        waitUntil(() -> text(robot, "#sync-report").startsWith("Identité enregistrée dans MissionDesk-NAM-42.mdsite"));
        assertThat(central.sync().register(folder.resolve("MissionDesk-NAM-42.mdsite")).id()).isEqualTo("NAM-42");

        Path centre = folder.resolve("MissionDesk-CENTRAL.mdsite");
        central.sync().exportIdentity(centre, false);
        files.willOpen(centre);
        robot.clickOn("#sync-register");
        waitUntil(() -> text(robot, "#sync-report").startsWith("Partenaire ajouté : CENTRAL (Administration centrale"));
        waitUntil(() -> !export.isDisabled());

        Path stick = Files.createDirectory(folder.resolve("stick"));
        files.willSaveIn(stick);
        robot.clickOn(export);
        waitUntil(() -> text(robot, "#sync-report").startsWith("Lot écrit pour CENTRAL : "));
        Path batch = stick.resolve("MissionDesk-NAM-42-to-CENTRAL-2026-11-23.mdbatch");
        central.sync().importBatch(batch, false);
        assertThat(central.missions().count()).isEqualTo(fresh.missions().count()).isEqualTo(1);

        // The next export's dialog opens on the stick.
        robot.clickOn(export);
        waitUntil(() -> files.startFolders().size() == 4);
        assertThat(files.startFolders().getLast()).contains(stick);
    }

    @Test
    void theImportButtonTakesAChosenBatchAndTheScreenRefusesADroppedFileOfAnotherKind(FxRobot robot)
            throws Exception {
        SyncSites.titresServices(central, Office.NAMUR, "vrenard");
        openSyncScreen(robot);
        SyncView view = robot.lookup("#sync-view").queryAs(SyncView.class);

        AtomicBoolean taken = new AtomicBoolean(true);
        robot.interact(() -> taken.set(view.drop(List.of(flow("requests-2026-11.csv")))));

        assertThat(taken).isFalse();
        waitUntil(() -> text(robot, "#sync-error").equals("requests-2026-11.csv : ni un lot MissionDesk (.mdbatch, "
                + ".mdb) ni une identité de site (.mdsite, .json) ; rien n'a été lu."));

        files.willOpen(sites.export(central, "NAM-07"));
        robot.clickOn("#sync-import");

        waitUntil(() -> text(robot, "#sync-report").startsWith("Lot de CENTRAL importé"));
        assertThat(text(robot, "#sync-error")).isEmpty();
        assertThat(namur.missions().count()).isEqualTo(2);
    }

    @Test
    void aConflictIsConfirmedAndAnotherFlippedWithTheKeyboardOnly(FxRobot robot) throws TimeoutException {
        sites.concurrentDecisions(central, namur, "NAM-07");
        namur.sync().importBatch(sites.export(central, "NAM-07"), false);
        int open = namur.sync().conflicts(true).size();
        assertThat(open).isGreaterThanOrEqualTo(2);
        openSyncScreen(robot);
        TableView<ConflictRow> conflicts = robot.lookup("#sync-conflicts").queryTableView();
        waitUntil(() -> conflicts.getItems().size() == open);
        Button confirm = robot.lookup("#sync-confirm").queryButton();
        assertThat(confirm.getAccessibleHelp()).startsWith("Choisissez d'abord un conflit dans la liste");

        // Alt+O (the heading's mnemonic) moves to the table, which selects its first row; Enter confirms it.
        press(robot, KeyCode.ALT, KeyCode.O);
        waitUntil(conflicts::isFocused);
        ConflictRow first = conflicts.getSelectionModel().getSelectedItem();
        assertThat(first).isNotNull();
        assertThat(confirm.getAccessibleHelp()).isEmpty();
        press(robot, KeyCode.ENTER);

        waitUntil(() -> text(robot, "#sync-report").equals(first.mission() + ", " + first.field()
                + " : la valeur gardée est confirmée."));
        waitUntil(() -> conflicts.getItems().size() == open - 1);

        // The next one is selected already (the table keeps a row selected); Alt+R restores the value that lost.
        press(robot, KeyCode.ALT, KeyCode.O);
        waitUntil(() -> conflicts.getSelectionModel().getSelectedItem() != null);
        ConflictRow second = conflicts.getSelectionModel().getSelectedItem();
        press(robot, KeyCode.ALT, KeyCode.R);

        waitUntil(() -> text(robot, "#sync-report").equals(second.mission() + ", " + second.field()
                + " : l'autre valeur est rétablie et partira avec le prochain lot."));
        assertThat(namur.sync().conflicts(true)).extracting(c -> c.id()).doesNotContain(first.id(), second.id());
    }
}
