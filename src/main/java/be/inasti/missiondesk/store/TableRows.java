package be.inasti.missiondesk.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows copied out of some tables, column values as SQLite returned them, in the order the tables must be filled
 * (parents before children, for the foreign keys).
 */
public record TableRows(Map<String, List<Object[]>> byTable) {
    public TableRows {
        byTable = new LinkedHashMap<>(byTable);
    }

    public int size() {
        return byTable.values().stream().mapToInt(List::size).sum();
    }
}
