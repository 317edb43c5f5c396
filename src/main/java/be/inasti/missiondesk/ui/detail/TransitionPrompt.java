package be.inasti.missiondesk.ui.detail;

import java.time.LocalDate;
import java.util.Optional;

/** Asks the caseworker what a transition needs (its date, a comment); empty when they cancel. */
@FunctionalInterface
public interface TransitionPrompt {
    Optional<Answer> ask(Question question);

    /**
     * What to ask: the transition's name, the outcome it records (or null), the dates it may take (from the
     * mission's last step to today), and whether a comment is required.
     */
    record Question(String title, String outcome, LocalDate earliest, LocalDate today, boolean needsComment) {
    }

    record Answer(LocalDate date, String comment) {
    }
}
