package be.inasti.missiondesk.domain.mission;

/** One thing that changed on a mission, old → new; the store adds who, when and where. */
public record Change(ChangeKind kind, String field, String oldValue, String newValue) {

    public static Change of(ChangeKind kind, String field, Object oldValue, Object newValue) {
        return new Change(kind, field, text(oldValue), text(newValue));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
