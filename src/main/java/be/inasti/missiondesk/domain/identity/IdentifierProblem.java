package be.inasti.missiondesk.domain.identity;

/** Why a typed identifier is refused. */
public enum IdentifierProblem {
    EMPTY("no digits were given"),
    WRONG_LENGTH("wrong number of digits"),
    NOT_DIGITS("only digits, dots, dashes and spaces are allowed"),
    CHECK_DIGITS("check digits do not match (a digit is probably mistyped)");

    private final String description;

    IdentifierProblem(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
