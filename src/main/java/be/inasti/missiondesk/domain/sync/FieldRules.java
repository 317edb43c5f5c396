package be.inasti.missiondesk.domain.sync;

import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.identity.Bce;
import be.inasti.missiondesk.domain.identity.IdentifierProblem;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.SubjectKind;
import be.inasti.missiondesk.domain.text.IsoText;
import be.inasti.missiondesk.domain.workflow.Workflows;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a person could have typed into each column of a mission or a clock, as the operation log carries it (ISO
 * dates and instants, true/false, enum names): the domain's own rules, so that a value arriving in a batch, or found
 * in the database by {@code check}, is held to what the window and the command line accept. A value no rule admits
 * is refused, whoever signed it.
 */
public final class FieldRules {
    public static final String MISSION = "mission";
    public static final String CLOCK = "clock";
    public static final String SUBJECT_KIND = "subject_kind";
    public static final String SUBJECT_ID = "subject_id";

    private static final Workflows WORKFLOWS = Workflows.bundled();
    private static final Rule ID = required(FieldRules::isUuid, "field.notAnId");
    private static final Rule TEXT = required(t -> !t.isBlank(), "field.blank");
    private static final Rule FREE = optional(t -> true, "field.blank");
    private static final Rule DATE = required(FieldRules::isDate, "field.notADate");
    private static final Rule INSTANT = required(FieldRules::isInstant, "field.notAnInstant");
    private static final Rule YES_NO = required(t -> t.equals("true") || t.equals("false"), "field.notTrueOrFalse");

    /** The columns of each entity, in the order the store holds them, and the rule each value meets. */
    private static final Map<String, Map<String, Rule>> COLUMNS = Map.of(
            MISSION, columns("id", ID, "type", required(WORKFLOWS::hasType, "field.unknownValue"),
                    "office", oneOf(Office.class), "assignee", TEXT, "status", required(WORKFLOWS::hasState, "field.unknownValue"), "closed", YES_NO,
                    "priority", oneOf(Priority.class), SUBJECT_KIND, oneOf(SubjectKind.class),
                    SUBJECT_ID, optional(t -> Niss.problem(t).isEmpty() || Bce.problem(t).isEmpty(),
                            "field.notAnIdentifier"),
                    "subject_name", FREE, "source", oneOf(Source.class), "received_on", DATE,
                    "service_objective", FREE, "outcome", optional(WORKFLOWS::hasOutcome, "field.unknownValue"),
                    "notes", FREE, "created_at", INSTANT, "updated_at", INSTANT),
            CLOCK, columns("id", ID, "mission_id", ID, "seq", required(FieldRules::isCount, "field.notACount"),
                    "objective_code", TEXT, "catalogue_version", TEXT, "started_on", DATE, "due_on", DATE,
                    "stopped_on", optional(FieldRules::isDate, "field.notADate"), "cancelled", YES_NO,
                    "stopped_office", optional(named(Office.class), "field.unknownValue")));

    /** Fields that only leave a history row: the workflow event fired, a reassignment's reason. */
    private static final Set<String> HISTORY_ONLY = Set.of("@event", "@reason", "@comment");
    private static final Set<String> CREATION_ONLY = Set.of("id", SUBJECT_KIND, SUBJECT_ID);
    /** Columns added after the first batch format: a site not yet upgraded creates clocks without them. */
    private static final Set<String> ADDED_LATER = Set.of("stopped_office");

    private record Rule(boolean nullable, Predicate<String> admits, String refusal) {
    }

    private FieldRules() {
    }

    /** The columns a created entity must carry, in the store's order. */
    public static Set<String> columns(String entity) {
        return COLUMNS.getOrDefault(entity, Map.of()).keySet();
    }

    /**
     * Why a field of an entity cannot be changed by an operation at all: an unknown column, or one set only when the
     * entity is created (its id; a mission's subject, which nothing in MissionDesk changes later, and whose kind and
     * identifier changed one at a time could contradict each other: a person without a NISS).
     */
    public static Optional<Explanation> unknownField(String entity, String field) {
        boolean known = HISTORY_ONLY.contains(field) || columns(entity).contains(field) && !CREATION_ONLY.contains(field);
        return known ? Optional.empty() : Optional.of(Explanation.of("field.unknown", field, entity));
    }

    /** Whether a create may leave the column out: it arrives empty, as it would from a site not yet upgraded. */
    public static boolean mayBeAbsent(String column) {
        return ADDED_LATER.contains(column);
    }

    /** Why a value cannot be in this column, if it cannot; history-only fields hold any text. */
    public static Optional<Explanation> problem(String entity, String field, String value) {
        Rule rule = COLUMNS.getOrDefault(entity, Map.of()).get(field);
        if (rule == null || value == null && rule.nullable() || value != null && rule.admits().test(value)) {
            return Optional.empty();
        }
        return Optional.of(value == null ? Explanation.of("field.missing", field)
                : Explanation.of(rule.refusal(), field, value));
    }

    /**
     * Why a subject's identifier does not fit its kind: a NISS for a person, a BCE number for a company, none for
     * someone not identified yet. The identifier itself is not said: it is personal data.
     */
    public static Optional<Explanation> subjectProblem(String kind, String identifier) {
        Optional<IdentifierProblem> problem = switch (kind) {
            case "PERSON" -> identifier == null ? Optional.of(IdentifierProblem.EMPTY) : Niss.problem(identifier);
            case "COMPANY" -> identifier == null ? Optional.of(IdentifierProblem.EMPTY) : Bce.problem(identifier);
            default -> Optional.empty();
        };
        return problem.map(p -> Explanation.of("field.invalidIdentifier", SUBJECT_ID,
                kind.equals("PERSON") ? Niss.FIELD : Bce.FIELD, p.explanation()));
    }

    private static Map<String, Rule> columns(Object... nameThenRule) {
        Map<String, Rule> columns = new LinkedHashMap<>();
        for (int i = 0; i < nameThenRule.length; i += 2) {
            columns.put((String) nameThenRule[i], (Rule) nameThenRule[i + 1]);
        }
        return columns;
    }

    private static Rule required(Predicate<String> admits, String refusal) {
        return new Rule(false, admits, refusal);
    }

    private static Rule optional(Predicate<String> admits, String refusal) {
        return new Rule(true, admits, refusal);
    }

    private static Rule oneOf(Class<? extends Enum<?>> values) {
        return required(named(values), "field.unknownValue");
    }

    private static Predicate<String> named(Class<? extends Enum<?>> values) {
        Set<String> names = Arrays.stream(values.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        return names::contains;
    }

    /** The canonical form only, as {@link UUID#toString()} writes it: the queue reads ids back with it. */
    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isDate(String text) {
        try {
            return IsoText.date(text).toString().equals(text);
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isInstant(String text) {
        try {
            IsoText.instant(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isCount(String text) {
        try {
            return Integer.parseInt(text) >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
