package be.inasti.missiondesk.domain.sync;

import java.nio.file.Path;

/** What an export wrote: for whom, which stretch of the log, how many operations and missions. */
public record ExportReport(Path file, String destination, long fromPos, long toPos, long operations, long missions) {
}
