package be.inasti.missiondesk.domain.flow;

import be.inasti.missiondesk.domain.DomainException;

/** A flow file that cannot be read at all (unknown encoding, missing column): nothing of it is imported. */
public final class BadFileException extends DomainException {
    public BadFileException(String key, Object... arguments) {
        super(key, arguments);
    }
}
