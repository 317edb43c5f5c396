package be.inasti.missiondesk.domain;

/** How long work reports how far it got, and learns whether the person who started it gave up. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void worked(long done, long total) {
            // nobody is watching
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void worked(long done, long total);

    boolean cancelled();

    /** Stops the work (and rolls its transaction back) when cancelled. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancelledException();
        }
    }

    /** Thrown out of work that was cancelled; nothing it did is kept. */
    final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("cancelled: nothing was changed");
        }
    }
}
