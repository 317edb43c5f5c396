package be.inasti.missiondesk.store;

import be.inasti.missiondesk.domain.Explained;
import be.inasti.missiondesk.domain.Explanation;

/**
 * The database could not be opened or used; the message, in English, says which file and why, and the window says
 * the same in the user's language.
 */
public final class StoreException extends RuntimeException implements Explained {
    private final transient Explanation explanation;

    /** {@code key} names a text of the refusals bundle; {@code arguments} fill it in. */
    public StoreException(Throwable cause, String key, Object... arguments) {
        this(cause, Explanation.of(key, arguments));
    }

    private StoreException(Throwable cause, Explanation explanation) {
        super(explanation.inEnglish(), cause);
        this.explanation = explanation;
    }

    @Override
    public Explanation explanation() {
        return explanation;
    }
}
