package be.inasti.missiondesk.flows.csv;

import java.util.Map;

/** A data line that has the header's columns, by (normalized) column name; values are stripped of spaces. */
public record Row(int line, Map<String, String> values) {
    public Row {
        values = Map.copyOf(values);
    }

    public String get(String column) {
        return values.getOrDefault(column, "");
    }
}
