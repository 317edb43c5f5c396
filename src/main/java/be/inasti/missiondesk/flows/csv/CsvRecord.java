package be.inasti.missiondesk.flows.csv;

import java.util.List;

/** One record as parsed: the file line it starts on, its fields, and whether a quote was left open at the end. */
record CsvRecord(int line, List<String> fields, boolean unclosedQuote) {
    boolean blank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
