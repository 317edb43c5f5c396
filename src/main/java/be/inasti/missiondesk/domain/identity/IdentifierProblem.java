package be.inasti.missiondesk.domain.identity;

import be.inasti.missiondesk.domain.Explanation;

/** Why a typed identifier is refused. */
public enum IdentifierProblem {
    EMPTY, WRONG_LENGTH, NOT_DIGITS, CHECK_DIGITS;

    public Explanation explanation() {
        return Explanation.of("identifier." + name());
    }
}
