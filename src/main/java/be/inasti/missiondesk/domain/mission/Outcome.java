package be.inasti.missiondesk.domain.mission;

import java.util.Objects;

/** How a mission (or one of its steps) ended, in the words caseworkers use; the codes and labels are workflow data. */
public record Outcome(String code) {
    public Outcome {
        Objects.requireNonNull(code, "code");
    }

    public static Outcome of(String code) {
        return code == null ? null : new Outcome(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
