package be.inasti.missiondesk.domain;

/** A failure that can say what went wrong in the user's language, wherever it was raised. */
public interface Explained {
    Explanation explanation();
}
