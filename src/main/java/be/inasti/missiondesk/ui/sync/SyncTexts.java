package be.inasti.missiondesk.ui.sync;

import be.inasti.missiondesk.domain.mission.Outcome;
import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.domain.sync.Conflict;
import be.inasti.missiondesk.domain.sync.ExportReport;
import be.inasti.missiondesk.domain.sync.ImportReport;
import be.inasti.missiondesk.domain.sync.Partner;
import be.inasti.missiondesk.domain.sync.Site;
import be.inasti.missiondesk.ui.common.Messages;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sync screen's and status bar's sentences: sites, dates, reports and refusals in the user's language. A
 * refusal keeps the service's precise message after a translated headline, and never shows a stack trace.
 */
public final class SyncTexts {
    private final Messages messages;
    private final ZoneId zone;

    public SyncTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public String site(Optional<Site> self) {
        return self.map(s -> messages.format("sync.site", s.id(), office(s), role(s)))
                .orElse(messages.get("sync.notSite"));
    }

    public String when(Optional<Instant> at) {
        return at.map(i -> messages.dateTime(i, zone)).orElse(messages.get("status.never"));
    }

    PartnerRow partner(Partner p) {
        return new PartnerRow(p.site().id(), office(p.site()), role(p.site()), p.exportedPos(), p.acknowledgedPos(),
                p.appliedPos(), when(Optional.ofNullable(p.lastExportAt())),
                when(Optional.ofNullable(p.lastImportAt())));
    }

    String exported(ExportReport r) {
        return messages.format("sync.exported", r.destination(), r.operations(), r.missions(), r.fromPos(), r.toPos(),
                r.file().getFileName().toString());
    }

    String imported(ImportReport r) {
        if (r.alreadyApplied()) {
            return messages.format("sync.alreadyApplied", r.source(), r.fromPos(), r.toPos());
        }
        String applied = messages.format("sync.imported", r.source(), r.fromPos(), r.toPos(), r.applied(),
                r.alreadyHeld(), r.keptLocal(), r.conflicts());
        if (r.refused().isEmpty()) {
            return applied;
        }
        return applied + "\n" + messages.format("sync.refusedOperations", r.refused().size()) + "\n• "
                + r.refused().stream().map(messages::say).collect(Collectors.joining("\n• "));
    }

    /**
     * A refusal: what was refused, why, and for a batch what to do next, in the window's terms (a button, the form
     * above), never a command to type.
     */
    String failure(Throwable failure) {
        if (failure instanceof BatchRefused refused) {
            String next = "sync.next." + refused.reason().name();
            return messages.of("sync.refused", refused.reason()) + "\n" + messages.explain(refused)
                    + (messages.getOr(next, "").isEmpty() ? "" : "\n" + messages.get(next));
        }
        return messages.format("sync.failed", messages.explain(failure));
    }

    String setUp(Site s) {
        return messages.format("sync.setUpDone", s.id(), office(s), role(s));
    }

    String registered(Site s) {
        return messages.format("sync.registered", s.id(), office(s), role(s));
    }

    String identitySaved(Path file) {
        return messages.format("sync.identitySaved", file.getFileName(), String.valueOf(file.toAbsolutePath()
                .getParent()));
    }

    ConflictRow conflict(Conflict c, String mission) {
        return new ConflictRow(c.id(), mission, field(c.field()), value(c, c.keptValue(), c.keptAuthor(),
                c.keptOrigin()), value(c, c.lostValue(), c.lostAuthor(), c.lostOrigin()),
                when(Optional.ofNullable(c.detectedAt())));
    }

    String field(String field) {
        return messages.getOr("sync.field." + field, field);
    }

    /** Codes read from the database (a status, an outcome, an office) show with the window's text for them. */
    private String value(Conflict c, String value, String author, String site) {
        return messages.format("sync.who", value == null ? "—" : shown(c.field(), value), author, site);
    }

    private String shown(String field, String value) {
        return switch (field) {
            case "status" -> messages.state(value);
            case "outcome" -> messages.outcome(Outcome.of(value));
            default -> messages.getOr(field + "." + value, value);
        };
    }

    private String office(Site s) {
        return messages.getOr("office." + s.office(), s.office());
    }

    private String role(Site s) {
        return messages.getOr("sync.role." + s.role(), s.role());
    }
}
