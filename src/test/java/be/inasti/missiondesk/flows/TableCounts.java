package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.store.Database;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Row counts of every table a flow writes to, to show that a refused import changed nothing. */
public final class TableCounts {
    private static final List<String> TABLES = List.of("mission", "clock", "history", "flow_file", "flow_key",
            "affiliate");

    private TableCounts() {
    }

    public static Map<String, Integer> of(Database database) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, database.dsl().fetchCount(org.jooq.impl.DSL.table(t))));
        return counts;
    }
}
