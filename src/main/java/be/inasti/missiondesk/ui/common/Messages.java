package be.inasti.missiondesk.ui.common;

import be.inasti.missiondesk.app.Agent;
import be.inasti.missiondesk.domain.Explained;
import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.catalogue.Labels;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Outcome;
import be.inasti.missiondesk.domain.text.Language;
import be.inasti.missiondesk.domain.workflow.Vocabulary;
import be.inasti.missiondesk.domain.workflow.Workflows;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** The window's texts in the chosen language: French by default, Dutch, German and English complete. */
public final class Messages {
    public static final String BUNDLE = "be.inasti.missiondesk.ui.messages";
    /** The languages the window offers, French (the default bundle) first. */
    public static final List<Locale> LANGUAGES = Language.locales();

    private static final Vocabulary WORDS = Workflows.bundled().vocabulary();

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter dateTimes;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
    }

    /** Every value is a {@link MessageFormat} pattern, even without arguments, so quotes follow one rule. */
    public String get(String key) {
        return format(key);
    }

    /** The text of a key if the bundle has one: for codes read from data (workflow states), shown raw otherwise. */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? get(key) : fallback;
    }

    /** A {@link MessageFormat} pattern filled in for the locale (numbers, dates, choice plurals). */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A text for an enum constant: {@code prefix.NAME}. */
    public String of(String prefix, Enum<?> value) {
        return get(prefix + "." + value.name());
    }

    /** A mission type's label from the workflow data; its code if no version knows it (an old batch's type). */
    public String type(MissionType type) {
        return label(WORDS.type(type.code()), type.code());
    }

    /** A workflow state's label (RECEIVED → "Reçue"). */
    public String state(String code) {
        return label(WORDS.state(code), code);
    }

    /** A workflow event's label (droit-accorde → "Droit accordé"). */
    public String event(String code) {
        return label(WORDS.event(code), code);
    }

    public String outcome(Outcome outcome) {
        return label(WORDS.outcome(outcome.code()), outcome.code());
    }

    private String label(Optional<Labels> labels, String code) {
        return labels.map(l -> l.in(locale)).orElse(code);
    }

    /** What an explanation from the domain, the store or a service says, in this language. */
    public String say(Explanation explanation) {
        return explanation.in(locale);
    }

    /** A failure's message in this language when it can give one (refusals, store failures), else as thrown. */
    public String explain(Throwable failure) {
        return failure instanceof Explained explained ? say(explained.explanation()) : failure.getMessage();
    }

    /** "amartin (Wavre)": an agent's login and his office's name in this language, never the office's code. */
    public String agent(Agent agent) {
        return agent.login() + " (" + of("office", agent.office()) + ")";
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    public String dateTime(Instant at, ZoneId zone) {
        return dateTimes.format(at.atZone(zone));
    }

    public Locale locale() {
        return locale;
    }
}
