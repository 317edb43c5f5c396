package be.inasti.missiondesk.ui.flows;

/** One row of the preview table: a valid line with its verdict, or a bad line with its column and reason. */
public record PreviewRow(int line, String status, String who, String detail, boolean problem) {
}
