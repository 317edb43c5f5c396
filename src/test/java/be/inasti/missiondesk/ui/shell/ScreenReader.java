package be.inasti.missiondesk.ui.shell;

import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.flow.FlowKind;
import be.inasti.missiondesk.domain.flow.Verdict;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.SubjectKind;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.workflow.Vocabulary;
import be.inasti.missiondesk.domain.workflow.Workflows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * Reads a laid-out scene as a user would and says what he cannot read: a text cut to "…" or by the edge of the
 * window or of a table with no tooltip giving it whole, or a code of the program (an enum constant, a workflow
 * state or event) instead of words.
 */
final class ScreenReader {
    /** Every code the domain knows, taken from its enums and workflows: a new constant is checked at once. */
    private static final Pattern RAW_CODE = Pattern.compile("(?<![\\p{L}\\p{N}_-])("
            + codes().stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}_-])");

    /** Anti-aliasing and rounding: a pixel past an edge is no cut. */
    private static final double TOLERANCE = 1;

    private ScreenReader() {
    }

    static Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        Stream.of(Office.values(), ClockState.values(), Role.values(),
                FlowKind.values(), Verdict.values(), Priority.values(), Source.values(), SubjectKind.values())
                .flatMap(Arrays::stream).map(Enum::name).forEach(codes::add);
        Vocabulary words = Workflows.bundled().vocabulary();
        Stream.of(words.types(), words.states(), words.events(), words.outcomes()).forEach(m -> codes.addAll(m.keySet()));
        codes.removeIf(code -> !looksLikeACode(code));
        return codes;
    }

    /**
     * A code a reader would stumble on: joined by "_" or "-", or a word in capitals ("RECEIVED"). Codes that are
     * plain words or acronyms ("regularisation", AFA) read as text, and are what the contract's labels say.
     */
    private static boolean looksLikeACode(String code) {
        return code.contains("_") || code.contains("-") || code.length() > 3 && code.equals(code.toUpperCase(Locale.ROOT));
    }

    /** What cannot be read in the visible part of {@code root}, each problem prefixed with {@code screen}. */
    static List<String> problems(String screen, Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, screen, found);
        return found;
    }

    /**
     * The codes in what the drop-downs would list when opened (a headless window cannot show their popups): each
     * item as its converter writes it, where no cell factory writes it otherwise.
     */
    @SuppressWarnings("unchecked")
    static List<String> dropDownCodes(String screen, Parent root) {
        List<String> found = new ArrayList<>();
        for (Node node : root.lookupAll(".combo-box")) {
            if (node instanceof ComboBox<?> box && shown(box) && box.getCellFactory() == null) {
                StringConverter<Object> converter = (StringConverter<Object>) box.getConverter();
                box.getItems().stream().map(converter::toString).filter(t -> t != null && RAW_CODE.matcher(t).find())
                        .findFirst().ifPresent(t -> found.add(screen + ": code in the drop-down item \"" + t + "\" ("
                                + describe(node) + ")"));
            }
        }
        return found;
    }

    /** Visible, and so is every pane holding it (a tab not selected hides its content). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void walk(Node node, String screen, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        String text = node instanceof Labeled l ? l.getText() : node instanceof Text t && !(t.getParent() instanceof Labeled) ? t.getText() : null;
        if (text != null && !text.isBlank()) {
            if (node instanceof Labeled labeled && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY
                    && !wholeInTooltip(labeled, text)) {
                if (labeled.isTextTruncated()) {
                    found.add(screen + ": cut \"" + text + "\" (" + describe(node) + ")");
                } else if (beyondAnEdge(labeled)) {
                    found.add(screen + ": past the edge \"" + text + "\" (" + describe(node) + ")");
                }
            }
            var code = RAW_CODE.matcher(text);
            if (code.find()) {
                found.add(screen + ": code " + code.group(1) + " in \"" + text + "\" (" + describe(node) + ")");
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, screen, found));
        }
    }

    /**
     * Whether the drawn text runs past the right edge of the window or of a pane that clips it (a table whose
     * columns overflow it): cut without "…", so {@link Labeled#isTextTruncated()} does not say it.
     */
    private static boolean beyondAnEdge(Labeled labeled) {
        Node drawn = labeled.lookup(".text");
        if (drawn == null) {
            return false;
        }
        double right = drawn.localToScene(drawn.getBoundsInLocal()).getMaxX();
        if (right > labeled.getScene().getWidth() + TOLERANCE) {
            return true;
        }
        for (Node n = labeled.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null && right > n.localToScene(n.getClip().getBoundsInParent()).getMaxX()
                    + TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /** A cut text is allowed where the pointer shows it whole: a tooltip on it or on the cell holding it. */
    private static boolean wholeInTooltip(Node node, String text) {
        for (Node n = node; n != null; n = n.getParent()) {
            Tooltip tip = n instanceof Control c ? c.getTooltip() : null;
            if (tip != null && tip.getText() != null && tip.getText().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId());
    }
}
