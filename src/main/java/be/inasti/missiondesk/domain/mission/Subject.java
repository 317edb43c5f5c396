package be.inasti.missiondesk.domain.mission;

import be.inasti.missiondesk.domain.identity.Bce;
import be.inasti.missiondesk.domain.identity.Niss;

/** The person or company a mission is about; {@code identifier} holds the validated digits, or null. */
public record Subject(SubjectKind kind, String identifier, String name) {

    public static Subject person(Niss niss, String name) {
        return new Subject(SubjectKind.PERSON, niss.digits(), name);
    }

    public static Subject company(Bce bce, String name) {
        return new Subject(SubjectKind.COMPANY, bce.digits(), name);
    }

    public static Subject unidentified(String name) {
        return new Subject(SubjectKind.UNIDENTIFIED, null, name);
    }

    /** Re-validates stored digits: a subject read back is as trustworthy as one typed. */
    public static Subject of(SubjectKind kind, String identifier, String name) {
        return switch (kind) {
            case PERSON -> person(new Niss(identifier), name);
            case COMPANY -> company(new Bce(identifier), name);
            case UNIDENTIFIED -> unidentified(name);
        };
    }

    public String formattedIdentifier() {
        return switch (kind) {
            case PERSON -> new Niss(identifier).formatted();
            case COMPANY -> new Bce(identifier).formatted();
            case UNIDENTIFIED -> "";
        };
    }

    public String maskedIdentifier() {
        return switch (kind) {
            case PERSON -> new Niss(identifier).masked();
            case COMPANY -> new Bce(identifier).masked();
            case UNIDENTIFIED -> "";
        };
    }

    /** Name and identifier as one line, e.g. {@code Marie Dupont (85.07.30-033.28)}. */
    public String display() {
        String id = formattedIdentifier();
        String who = name == null ? "" : name;
        return id.isEmpty() ? who : who.isEmpty() ? id : who + " (" + id + ")";
    }
}
