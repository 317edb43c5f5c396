package be.inasti.missiondesk.flows.csv;

import java.util.List;

/** One record as parsed: the file line it starts on and its fields. */
record CsvRecord(int line, List<String> fields) {
    boolean blank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
