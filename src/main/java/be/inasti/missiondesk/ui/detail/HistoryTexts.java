package be.inasti.missiondesk.ui.detail;

import be.inasti.missiondesk.app.sync.SyncService;
import be.inasti.missiondesk.domain.mission.Change;
import be.inasti.missiondesk.domain.mission.HistoryEntry;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Outcome;
import be.inasti.missiondesk.ui.common.Messages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.UnaryOperator;

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
            case CREATED -> new Object[] {word(c.newValue(), v -> messages.type(MissionType.of(v)))};
            case STATUS -> new Object[] {word(c.oldValue(), messages::state), word(c.newValue(), messages::state)};
            case OUTCOME -> new Object[] {word(c.newValue(), v -> messages.outcome(Outcome.of(v)))};
            case CLOCK_STARTED, CLOCK_STOPPED, CLOCK_CANCELLED -> new Object[] {c.field(), date(c.newValue())};
            case OFFICE -> new Object[] {code("office", c.oldValue()), code("office", c.newValue())};
            case TRANSITION -> new Object[] {word(c.newValue(), messages::event)};
            case ASSIGNEE, NOTE -> new Object[] {text(c.oldValue()), text(c.newValue())};
            case FIELD -> new Object[] {c.field(), text(c.oldValue()), text(c.newValue())};
        };
        return messages.format("change." + c.kind().name(), args);
    }

    private String code(String prefix, String value) {
        return value == null ? "—" : messages.getOr(prefix + "." + value, value);
    }

    /** A code of the workflow data in words; a step with no value (no outcome before) reads as a dash. */
    private static String word(String code, UnaryOperator<String> words) {
        return code == null ? "—" : words.apply(code);
    }

    private String date(String iso) {
        return iso == null ? "—" : messages.date(LocalDate.parse(iso));
    }

    private static String text(String value) {
        return value == null ? "—" : value;
    }
}
