package be.inasti.missiondesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.ui.common.CountdownBadge;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.FxTaskRunner;
import be.inasti.missiondesk.ui.detail.HistoryRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The caseworker's desk driven like a person would: clicks, typing, keyboard shortcuts. */
@ExtendWith(ApplicationExtension.class)
class DeskWindowTest {
    @TempDir
    Path folder;

    private DeskFixture desk;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.seeded(folder, 2_000);
        tasks = new FxTaskRunner();
        MainWindow.show(stage, desk.services, tasks, new Preferences(Locale.FRENCH, Theme.LIGHT), () -> { });
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static TableView<QueueItem> queue(FxRobot robot) {
        return robot.lookup("#queue-table").queryTableView();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The countdowns the queue shows, each with its state: "J-7 · à risque AT_RISK". */
    private static List<String> countdowns(FxRobot robot) {
        return robot.lookup("#queue-table .countdown-badge").queryAllAs(CountdownBadge.class).stream()
                .map(b -> b.getText() + " " + b.getState()).toList();
    }

    /** The countdown of the opened mission's first clock. */
    private static String clockText(FxRobot robot) {
        // Absent for a moment while the opened mission is read again after a change: no text yet.
        return robot.lookup("#detail-clocks .countdown-badge").tryQueryAs(CountdownBadge.class)
                .map(CountdownBadge::getText).orElse("");
    }

    /** An item of the open drop-down: the same text may also show in the table behind it. */
    private static Labeled popupItem(FxRobot robot, String text) {
        return robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(text)).queryLabeled();
    }

    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup("#queue-table .table-cell").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .filter(Objects::nonNull).toList();
    }

    /** Reads on the FX thread: the table's later rows are read there, as it scrolls to them. */
    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(QueueItem item) {
        return item.mission().subject().name();
    }

    @Test
    void opensOnMyMissionsThenAllAgentsFilteredByState(FxRobot robot) throws TimeoutException {
        TableView<QueueItem> table = queue(robot);
        waitUntil(() -> table.getItems().size() == 3);
        assertThat(text(robot, "#queue-summary")).isEqualTo("1 en retard · 1 à risque · 1 dans les délais");
        waitUntil(() -> countdowns(robot).containsAll(List.of("+4 j de retard · en retard OVERDUE",
                "J-7 · à risque AT_RISK", "J-7 · dans les délais ON_TRACK")));

        robot.clickOn("#queue-mine");
        waitUntil(() -> table.getItems().size() > 3);
        robot.clickOn("#filter-state").clickOn(popupItem(robot, "en retard")).type(KeyCode.ESCAPE);

        waitUntil(() -> table.getItems().stream().allMatch(i -> i.urgency().name().equals("OVERDUE")));
        assertThat(table.getItems()).hasSizeGreaterThan(1);
        assertThat(text(robot, "#queue-summary")).endsWith(" en retard · 0 à risque · 0 dans les délais");
    }

    @Test
    void searchByNissOpenFireATransitionAndSeeTheClockStopAndTheHistory(FxRobot robot) throws TimeoutException {
        TableView<QueueItem> table = queue(robot);
        waitUntil(() -> table.getItems().size() == 3);

        robot.clickOn("#queue-search").write(DeskFixture.MARIE.formatted());
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(subject(table.getItems().getFirst())).isEqualTo("Marie Dupont");
        assertThat(cellTexts(robot)).anyMatch(t -> t.startsWith("Marie Dupont  ••.••.••-•••."));

        robot.clickOn("Titres-services après accouchement").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#detail-title").contains("Marie Dupont"));
        assertThat(text(robot, "#fact-identifier")).isEqualTo(DeskFixture.MARIE.formatted());
        waitUntil(() -> cellTexts(robot).contains("Marie Dupont  " + DeskFixture.MARIE.formatted()));
        assertThat(robot.lookup("#detail-actions .button").queryAllAs(Button.class)).extracting(Button::getText)
                .containsExactly("Droit accordé", "Droit refusé");

        robot.clickOn("Droit accordé");
        robot.clickOn("#transition-comment").write("mère affiliée");
        robot.clickOn("#transition-confirm");

        waitUntil(() -> clockText(robot).contains("respecté"));
        TableView<HistoryRow> history = robot.lookup("#detail-history").queryTableView();
        waitUntil(() -> history.getItems().stream().map(HistoryRow::what).toList()
                .containsAll(List.of("Commentaire : mère affiliée", "Délai CNH 4-01 arrêté le 23 nov. 2026")));
        assertThat(robot.lookup("#detail-actions .button").queryAllAs(Button.class)).extracting(Button::getText)
                .containsExactly("Ordre de livraison", "Demande de paiement reçue",
                        "Droit clôturé sans demande de paiement");
        waitUntil(() -> table.getItems().size() == 1
                && table.getItems().getFirst().mission().status().equals("RIGHT_GRANTED"));
    }

    /** A step the workflow data marks "asks why" cannot be saved until the caseworker has typed why. */
    @Test
    void closingAGrantedRightWithNoPaymentAsksWhy(FxRobot robot) throws TimeoutException {
        TableView<QueueItem> table = queue(robot);
        waitUntil(() -> table.getItems().size() == 3);
        robot.clickOn("#queue-search").write(DeskFixture.MARIE.formatted());
        waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn("Titres-services après accouchement").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#detail-title").contains("Marie Dupont"));
        robot.clickOn("Droit accordé");
        waitUntil(() -> robot.lookup("#transition-confirm").tryQuery().isPresent());
        robot.clickOn("#transition-confirm");
        waitUntil(() -> robot.lookup("#detail-actions .button").queryAllAs(Button.class).size() == 3);

        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#transition-confirm").tryQuery().isPresent());
        assertThat(robot.lookup("#transition-confirm").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("Commentaire (obligatoire : dites pourquoi)").tryQuery()).isPresent();
        robot.clickOn("#transition-comment").write("   ");
        assertThat(robot.lookup("#transition-confirm").queryButton().isDisabled()).isTrue();
        robot.write("la famille a renoncé aux titres-services");
        robot.clickOn("#transition-confirm");

        TableView<HistoryRow> history = robot.lookup("#detail-history").queryTableView();
        waitUntil(() -> history.getItems().stream().map(HistoryRow::what).toList()
                .contains("Commentaire : la famille a renoncé aux titres-services"));
        waitUntil(() -> table.getItems().isEmpty());
        assertThat(robot.lookup("#detail-actions .button").queryAll()).isEmpty();
    }

    @Test
    void aNewMissionWithAWrongNissIsFlaggedThenSavedOnceCorrected(FxRobot robot) throws TimeoutException {
        TableView<QueueItem> table = queue(robot);
        waitUntil(() -> table.getItems().size() == 3);
        String niss = DeskFixture.LUC.formatted();
        char last = niss.charAt(niss.length() - 1);
        String mistyped = niss.substring(0, niss.length() - 1) + (last == '9' ? '0' : (char) (last + 1));

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#new-mission").tryQuery().isPresent());
        robot.clickOn("#form-objective").clickOn(popupItem(robot, "VOB 4-01"));
        robot.clickOn("#form-identifier").write(mistyped);

        assertThat(text(robot, "#form-identifier-error")).contains("les chiffres de contrôle ne correspondent pas");
        assertThat(robot.lookup("#form-save").queryButton().isDisabled()).isTrue();

        robot.eraseText(1).write(last);
        robot.clickOn("#form-name").write("Luc Renard");
        assertThat(Stream.of("identifier", "objective", "name", "received", "assignee")
                .map(f -> text(robot, "#form-" + f + "-error"))).containsOnly("");
        assertThat(robot.lookup("#form-save").queryButton().isDisabled()).isFalse();
        robot.clickOn("#form-save");

        waitUntil(() -> robot.lookup("#new-mission").tryQuery().isEmpty());
        waitUntil(() -> table.getItems().size() == 4);
        // The new mission is a change to export: counted in the status bar at once, not at the next F5.
        int pending = desk.services.sync().pendingChanges();
        waitUntil(() -> text(robot, "#status-pending").equals("Modifications locales non exportées : " + pending));
        waitUntil(() -> robot.lookup("#detail-title").tryQueryAs(Label.class)
                .map(l -> l.getText().equals("Demande d'information — Luc Renard")).orElse(false));
    }

    @Test
    void sortingByAColumnSortsTheWholeQueueAndTheTableScrollsToItsLastRow(FxRobot robot) throws TimeoutException {
        TableView<QueueItem> table = queue(robot);
        waitUntil(() -> table.getItems().size() == 3);
        robot.clickOn("#queue-mine");
        waitUntil(() -> table.getItems().size() > 50);
        String mostUrgent = subject(table.getItems().getFirst());
        List<String> names = desk.services.queue().all(QueueCriteria.all()).stream().map(DeskWindowTest::subject)
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT2);
        waitUntil(() -> subject(table.getItems().getFirst()).equals(names.getFirst()));
        assertThat(table.getSortOrder()).extracting(TableColumn::getText).containsExactly("Personne ou entreprise");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT2);
        waitUntil(() -> subject(table.getItems().getFirst()).equals(names.getLast()));
        assertThat(table.getItems().subList(0, 50)).extracting(DeskWindowTest::subject)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());

        robot.interact(table::requestFocus);
        robot.push(KeyCode.END);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == names.size() - 1);
        waitUntil(() -> {
            QueueItem last = onFx(() -> table.getItems().getLast());
            return last != null && subject(last).equals(names.getFirst());
        });
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT0);
        waitUntil(() -> table.getSortOrder().isEmpty() && subject(table.getItems().getFirst()).equals(mostUrgent));
    }

    @Test
    void switchingToDutchRelabelsTheWindowAndIsRemembered(FxRobot robot) throws TimeoutException {
        waitUntil(() -> queue(robot).getItems().size() == 3);

        robot.clickOn("Affichage").clickOn("Langue").clickOn("Nederlands");

        waitUntil(() -> robot.lookup("#queue-summary").tryQueryAs(Label.class)
                .map(l -> l.getText().equals("1 te laat · 1 in gevaar · 1 op tijd")).orElse(false));
        assertThat(robot.lookup("Persoon of onderneming").tryQuery()).isPresent();
        assertThat(robot.lookup("Bestand").tryQuery()).isPresent();
        assertThat(Preferences.load(desk.services.settings()).language()).isEqualTo(Locale.of("nl"));
    }

    @Test
    void switchingTheLanguageKeepsTheScopeTheSearchAndTheOpenMission(FxRobot robot) throws TimeoutException {
        TableView<QueueItem> table = queue(robot);
        waitUntil(() -> table.getItems().size() == 3);
        robot.push(KeyCode.CONTROL, KeyCode.M);
        waitUntil(() -> !robot.lookup("#queue-mine").queryAs(CheckBox.class).isSelected());
        robot.push(KeyCode.CONTROL, KeyCode.F).write(DeskFixture.LUC.formatted());
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(table::requestFocus);
        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#detail-title").tryQueryAs(Label.class)
                .map(l -> l.getText().contains("Renard")).orElse(false));

        robot.clickOn("Affichage").clickOn("Langue").clickOn("Nederlands");

        waitUntil(() -> robot.lookup("Bestand").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#detail-title").tryQueryAs(Label.class)
                .map(l -> l.getText().contains("Renard")).orElse(false));
        assertThat(robot.lookup("#queue-search").queryAs(TextField.class).getText())
                .isEqualTo(DeskFixture.LUC.formatted());
        waitUntil(() -> queue(robot).getItems().size() == 1);
        assertThat(robot.lookup("#queue-mine").queryAs(CheckBox.class).isSelected()).isFalse();
    }

    @Test
    void anInformationRequestIsAnsweredWithTheKeyboardOnly(FxRobot robot) throws TimeoutException {
        TableView<QueueItem> table = queue(robot);
        waitUntil(() -> table.getItems().size() == 3);

        robot.push(KeyCode.CONTROL, KeyCode.F).write("renard");
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(table::requestFocus);
        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#detail-title").equals("Demande d'information — Luc Renard"));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> robot.lookup("#transition-confirm").tryQuery().isPresent());
        robot.clickOn("#transition-comment").write("réponse par courrier").clickOn("#transition-confirm");

        waitUntil(() -> clockText(robot).endsWith("dépassé"));
        waitUntil(() -> table.getItems().isEmpty());
    }

    @Test
    void theDarkThemeIsAppliedFromTheKeyboardAndRemembered(FxRobot robot) throws TimeoutException {
        waitUntil(() -> queue(robot).getItems().size() == 3);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);

        waitUntil(() -> Theme.DARK.stylesheet().equals(Application.getUserAgentStylesheet()));
        waitUntil(() -> Preferences.load(desk.services.settings()).theme() == Theme.DARK);
    }
}
