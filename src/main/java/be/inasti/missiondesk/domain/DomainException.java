package be.inasti.missiondesk.domain;

/**
 * A rule of the domain refused what was asked. The message, in English, is for the command line and the logs; the
 * window shows the {@link #explanation()} in the user's language.
 */
public class DomainException extends RuntimeException implements Explained {
    private final transient Explanation explanation;

    /** {@code key} names a text of the refusals bundle; {@code arguments} fill it in. */
    public DomainException(String key, Object... arguments) {
        this(Explanation.of(key, arguments));
    }

    public DomainException(Explanation explanation) {
        super(explanation.inEnglish());
        this.explanation = explanation;
    }

    @Override
    public Explanation explanation() {
        return explanation;
    }
}
