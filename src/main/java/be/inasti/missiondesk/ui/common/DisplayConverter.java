package be.inasti.missiondesk.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows choices by their label; choices are picked from a list, never typed, so nothing converts back. */
public final class DisplayConverter<T> extends StringConverter<T> {
    private final Function<T, String> label;

    public DisplayConverter(Function<T, String> label) {
        this.label = label;
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : label.apply(value);
    }

    @Override
    public T fromString(String typed) {
        return null;
    }
}
