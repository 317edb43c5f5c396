package be.inasti.missiondesk.domain.identity;

import be.inasti.missiondesk.domain.DomainException;

/** A typed NISS or BCE number that cannot be right; {@link #problem()} says why, for localized messages. */
public final class InvalidIdentifierException extends DomainException {
    private final String field;
    private final IdentifierProblem problem;

    public InvalidIdentifierException(String field, String value, IdentifierProblem problem) {
        super("identifier.invalid", field, value, problem.explanation());
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public IdentifierProblem problem() {
        return problem;
    }
}
