package be.inasti.missiondesk.ui.sync;

/** A line of the partners table, as shown: positions in the logs and the dates of the last exchanges. */
public record PartnerRow(String site, String office, String role, long exportedUpTo, long acknowledged,
        long appliedTheirs, String lastExport, String lastImport) {
}
