package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.flows.csv.ColumnNames;
import java.util.Arrays;
import java.util.Optional;

/** The documents a caisse sends for an affiliation: declaration, questionnaire, specific certificate. */
enum DocumentKind {
    DECLARATION("declaration"), QUESTIONNAIRE("questionnaire"), ATTESTATION("attestation");

    static final String KNOWN = "declaration, questionnaire, attestation";

    private final String prefix;

    DocumentKind(String prefix) {
        this.prefix = prefix;
    }

    /** {@code Déclaration d'affiliation} and {@code declaration} are the same kind. */
    static Optional<DocumentKind> parse(String typed) {
        String normalized = ColumnNames.normalize(typed);
        return Arrays.stream(values()).filter(k -> normalized.startsWith(k.prefix)).findFirst();
    }

    String label() {
        return prefix;
    }
}
