package be.inasti.missiondesk.domain;

/** A rule of the domain refused what was asked; the message names what is wrong, for a person to read. */
public class DomainException extends RuntimeException {
    public DomainException(String message) {
        super(message);
    }
}
