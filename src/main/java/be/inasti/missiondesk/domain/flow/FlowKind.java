package be.inasti.missiondesk.domain.flow;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The inbound flows and the columns each file must have (header names as the senders write them). */
public enum FlowKind {
    /** New births from the Registre national: titres-services missions for the CNH's affiliated mothers. */
    BIRTHS("niss_mere", "nom_mere", "date_naissance", "reference_enfant"),
    /** Affiliation documents sent by the caisses: ECL AFA missions. */
    AFA("caisse", "niss", "nom", "nationalite", "debut_activite", "type_document"),
    /** Information requests received by mail, e-mail, phone or at the counter. */
    REQUESTS("canal", "service", "identifiant", "nom", "date_reception", "resume"),
    /** The affiliates the births flow checks mothers against. */
    AFFILIATES("niss", "nom", "caisse", "date_affiliation");

    private final List<String> columns;

    FlowKind(String... columns) {
        this.columns = List.of(columns);
    }

    /** Whether its lines open missions, which then need an office (an affiliates list opens none). */
    public boolean opensMissions() {
        return this != AFFILIATES;
    }

    public List<String> columns() {
        return columns;
    }

    /** The kind whose columns all appear in a header, for a file dropped on the window. */
    public static Optional<FlowKind> ofHeader(List<String> header) {
        return Arrays.stream(values()).filter(k -> header.containsAll(k.columns)).findFirst();
    }
}
