package be.inasti.missiondesk.flows.csv;

import be.inasti.missiondesk.domain.flow.LineProblem;
import java.util.function.Consumer;

/** Where a table's lines go as they are read, in the file's order: the good ones as rows, the others as problems. */
public interface LineSink {
    void row(Row row);

    void problem(LineProblem problem);

    static LineSink of(Consumer<Row> rows, Consumer<LineProblem> problems) {
        return new LineSink() {
            @Override
            public void row(Row row) {
                rows.accept(row);
            }

            @Override
            public void problem(LineProblem problem) {
                problems.accept(problem);
            }
        };
    }
}
