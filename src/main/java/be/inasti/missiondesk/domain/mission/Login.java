package be.inasti.missiondesk.domain.mission;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.text.SafeText;

/**
 * What a login is: the name missions are assigned to and the history says who acted. It is shown in tables, written
 * in CSV files and compared with what coordinators type, so it holds no control character (a newline splits a row,
 * an ESC takes over a terminal), does not start like a spreadsheet formula or a pipe ({@code = + - @ |}), and has
 * at most {@value #MAX_LENGTH} characters. Spaces inside are allowed: some Windows accounts have them.
 */
public final class Login {
    public static final int MAX_LENGTH = 64;
    private static final String FORBIDDEN_FIRST = "=+-@|";

    private Login() {
    }

    /** The login typed, stripped of surrounding spaces; {@code what} names it in the refusal (the assignee, …). */
    public static String check(String typed, Explanation what) {
        if (typed == null || typed.isBlank()) {
            throw new DomainException("field.required", what);
        }
        String login = typed.strip();
        if (typed.chars().anyMatch(Character::isISOControl) || login.length() > MAX_LENGTH
                || FORBIDDEN_FIRST.indexOf(login.charAt(0)) >= 0) {
            throw new DomainException("field.notALogin", what, SafeText.printable(typed), MAX_LENGTH);
        }
        return login;
    }
}
