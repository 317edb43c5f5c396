package be.inasti.missiondesk.domain.sync;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Explanation;

/** An import refused before anything changed; {@link #reason()} says which check failed, the message how. */
public final class BatchRefused extends DomainException {
    /** The checks, in the order an import makes them. */
    public enum Reason {
        NOT_A_BATCH, UNSUPPORTED_VERSION, DAMAGED, UNKNOWN_SOURCE, BAD_SIGNATURE, NOT_FOR_THIS_SITE, GAP,
        REFUSED_OPERATIONS, NOT_A_SITE
    }

    private final Reason reason;

    public BatchRefused(Reason reason, String key, Object... arguments) {
        this(reason, Explanation.of(key, arguments));
    }

    public BatchRefused(Reason reason, Explanation explanation) {
        super(explanation);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
