package be.inasti.missiondesk.ui.detail;

import be.inasti.missiondesk.app.sync.SyncService;
import be.inasti.missiondesk.domain.mission.Change;
import be.inasti.missiondesk.domain.mission.HistoryEntry;
import be.inasti.missiondesk.ui.common.Messages;
import java.time.LocalDate;
import java.time.ZoneId;

/** Turns stored history rows (codes and ISO dates) into sentences in the user's language. */
final class HistoryTexts {
    private final Messages messages;
    private final ZoneId zone;

    HistoryTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    HistoryRow row(HistoryEntry entry) {
        return new HistoryRow(messages.dateTime(entry.at(), zone), who(entry), what(entry.change()));
    }

    /** The author, and the site where the change was made once there are sites ("LOCAL" says nothing to a user). */
    private String who(HistoryEntry entry) {
        return SyncService.PROVISIONAL_SITE.equals(entry.site()) ? entry.author()
                : messages.format("history.who", entry.author(), entry.site());
    }

    private String what(Change c) {
        Object[] args = switch (c.kind()) {
            case CREATED -> new Object[] {code("type", c.newValue())};
            case STATUS -> new Object[] {code("status", c.oldValue()), code("status", c.newValue())};
            case OUTCOME -> new Object[] {code("outcome", c.newValue())};
            case CLOCK_STARTED, CLOCK_STOPPED, CLOCK_CANCELLED -> new Object[] {c.field(), date(c.newValue())};
            case OFFICE -> new Object[] {code("office", c.oldValue()), code("office", c.newValue())};
            case TRANSITION -> new Object[] {code("event", c.newValue())};
            case ASSIGNEE, NOTE -> new Object[] {text(c.oldValue()), text(c.newValue())};
            case FIELD -> new Object[] {c.field(), text(c.oldValue()), text(c.newValue())};
        };
        return messages.format("change." + c.kind().name(), args);
    }

    private String code(String prefix, String value) {
        return value == null ? "—" : messages.getOr(prefix + "." + value, value);
    }

    private String date(String iso) {
        return iso == null ? "—" : messages.date(LocalDate.parse(iso));
    }

    private static String text(String value) {
        return value == null ? "—" : value;
    }
}
