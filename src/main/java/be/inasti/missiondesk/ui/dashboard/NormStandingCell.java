package be.inasti.missiondesk.ui.dashboard;

import be.inasti.missiondesk.domain.attainment.AttainmentRow;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A row's standing against its norm: icon and word, marked {@code :below-norm}, {@code :on-norm} or
 * {@code :unmeasured} for the stylesheet. One icon per cell, its glyph changed as the cell shows another row.
 */
final class NormStandingCell extends TableCell<AttainmentRow, AttainmentRow> {
    private final FontIcon icon = new FontIcon();
    private final Function<NormStanding, String> words;

    NormStandingCell(Function<NormStanding, String> words) {
        this.words = words;
        getStyleClass().add("norm-standing");
        icon.getStyleClass().add("norm-standing-icon");
    }

    @Override
    protected void updateItem(AttainmentRow row, boolean empty) {
        super.updateItem(row, empty);
        NormStanding standing = empty || row == null ? null : NormStanding.of(row);
        for (NormStanding each : NormStanding.values()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(each.pseudoClass), each == standing);
        }
        if (standing == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        icon.setIconCode(standing.ikon);
        setText(words.apply(standing));
        setGraphic(icon);
    }
}
