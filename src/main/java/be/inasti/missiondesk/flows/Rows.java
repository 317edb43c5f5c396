package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.flows.csv.Row;

/** Takes a file's rows one at a time, as they are read, and is told when there are no more. */
interface Rows {
    void row(Row row);

    void finish();
}
