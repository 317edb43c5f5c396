package be.inasti.missiondesk.store;

/** The database could not be opened or used; the message says which file and why. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
