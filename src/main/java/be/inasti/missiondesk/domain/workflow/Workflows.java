package be.inasti.missiondesk.domain.workflow;

import static be.inasti.missiondesk.domain.workflow.Transition.on;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Outcome;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workflow of every mission type, written as data: which clocks start on reception and which events start,
 * stop or cancel them. Clock rules follow the contract table (see the glossary): a new mission type is a new
 * definition here, not a new code path.
 */
public final class Workflows {
    static final String RECEIVED = "RECEIVED";
    static final String CLOSED = "CLOSED";

    private final Map<MissionType, Workflow> byType;

    private Workflows(Map<MissionType, Workflow> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static Workflows standard() {
        Map<MissionType, Workflow> all = new EnumMap<>(MissionType.class);
        Workflow control = control();
        for (Workflow w : List.of(titresServices(), infoRequest(), afa(), falseSelfEmployed(),
                closedOrSentToVob(MissionType.ECL_DENUNCIATION, "ECL 4-01"),
                closedOrSentToVob(MissionType.ECL_FINDING, "ECL 4-02"), control,
                control.withoutClock(MissionType.ECL_CONTROL_REVENUS_MANQUANTS, "ECL 5-01"), a1Monitoring())) {
            all.put(w.type(), w);
        }
        return new Workflows(all);
    }

    public Workflow of(MissionType type) {
        Workflow w = byType.get(type);
        if (w == null) {
            throw new DomainException("workflow.none", type);
        }
        return w;
    }

    /** Whether some mission type's workflow has this state: a status no workflow has cannot be typed. */
    public boolean hasState(String state) {
        return byType.values().stream().anyMatch(w -> w.initialState().equals(state) || w.transitions().stream()
                .anyMatch(t -> t.to().equals(state) || t.from().contains(state)));
    }

    /** Births flow → decision on the right (CNH 4-01) → payment request → payment executed (CNH 4-02). */
    private static Workflow titresServices() {
        return new Workflow(MissionType.TITRES_SERVICES, RECEIVED, List.of("CNH 4-01"), Set.of(CLOSED), List.of(
                on("droit-accorde").from(RECEIVED).to("RIGHT_GRANTED").stops("CNH 4-01")
                        .outcome(Outcome.DROIT_ACCORDE).build(),
                on("droit-refuse").from(RECEIVED).to(CLOSED).stops("CNH 4-01").outcome(Outcome.DROIT_REFUSE).build(),
                on("demande-paiement").from("RIGHT_GRANTED").to("PAYMENT_REQUESTED").starts("CNH 4-02").build(),
                on("paiement-execute").from("PAYMENT_REQUESTED").to(CLOSED).stops("CNH 4-02")
                        .outcome(Outcome.PAIEMENT_EXECUTE).build()));
    }

    private static Workflow infoRequest() {
        String own = Workflow.SERVICE_OBJECTIVE;
        return new Workflow(MissionType.INFO_REQUEST, RECEIVED, List.of(own), Set.of(CLOSED), List.of(
                on("reponse-envoyee").from(RECEIVED).to(CLOSED).stops(own).outcome(Outcome.REPONSE_ENVOYEE).build()));
    }

    /**
     * Affiliation documents start ECL 2-01 (registered), 2-04 (first contact) and 2-02 (decision) together. Only
     * some people are contacted: deciding without a contact cancels 2-04 instead of counting it missed.
     */
    private static Workflow afa() {
        String decided = "DECIDED";
        String[] decidable = {"REGISTERED", "CONTACTED"};
        return new Workflow(MissionType.ECL_AFA, RECEIVED, List.of("ECL 2-01", "ECL 2-04", "ECL 2-02"),
                Set.of(decided), List.of(
                on("enregistrement").from(RECEIVED).to("REGISTERED").stops("ECL 2-01").build(),
                on("premier-contact").from("REGISTERED").to("CONTACTED").stops("ECL 2-04").build(),
                on("maintien").from(decidable).to(decided).stops("ECL 2-02").cancels("ECL 2-04")
                        .outcome(Outcome.MAINTIEN).build(),
                on("radiation").from(decidable).to(decided).stops("ECL 2-02").cancels("ECL 2-04")
                        .outcome(Outcome.RADIATION).build(),
                on("demande-revision").from(decided).to("REVISION").starts("ECL 2-03").build(),
                on("revision-decidee").from("REVISION").to(decided).stops("ECL 2-03")
                        .outcome(Outcome.REVISION_DECIDEE).build()));
    }

    private static Workflow falseSelfEmployed() {
        return new Workflow(MissionType.ECL_FALSE_SELF_EMPLOYED, RECEIVED, List.of("ECL 3-01"), Set.of(CLOSED),
                List.of(on("transmis-onss").from(RECEIVED).to(CLOSED).stops("ECL 3-01")
                        .outcome(Outcome.TRANSMIS_A_L_ONSS).build()));
    }

    /** Denunciations (ECL 4-01) and findings (ECL 4-02): closed without follow-up, or sent to VOB. */
    private static Workflow closedOrSentToVob(MissionType type, String objective) {
        return new Workflow(type, RECEIVED, List.of(objective), Set.of(CLOSED), List.of(
                on("classement-sans-suite").from(RECEIVED).to(CLOSED).stops(objective)
                        .outcome(Outcome.CLASSEMENT_SANS_SUITE).build(),
                on("transmis-vob").from(RECEIVED).to(CLOSED).stops(objective).outcome(Outcome.TRANSMIS_AU_VOB).build()));
    }

    /**
     * Control and verification (ECL 5-01, two tiers). Concluding a suspicion of false self-employment closes the
     * inquiry and starts ECL 3-01: 30 days to transfer the file to the ONSS.
     */
    private static Workflow control() {
        String o = "ECL 5-01";
        return new Workflow(MissionType.ECL_CONTROL, RECEIVED, List.of(o), Set.of(CLOSED), List.of(
                on("classement-sans-suite").from(RECEIVED).to(CLOSED).stops(o)
                        .outcome(Outcome.CLASSEMENT_SANS_SUITE).build(),
                on("transmis-vob").from(RECEIVED).to(CLOSED).stops(o).outcome(Outcome.TRANSMIS_AU_VOB).build(),
                on("suspicion-faux-independant").from(RECEIVED).to("ONSS_TRANSFER").stops(o).starts("ECL 3-01")
                        .build(),
                on("transmis-onss").from("ONSS_TRANSFER").to(CLOSED).stops("ECL 3-01")
                        .outcome(Outcome.TRANSMIS_A_L_ONSS).build()));
    }

    /** Each suspect A1 situation examined counts towards ECL 1-01's annual 600. */
    private static Workflow a1Monitoring() {
        return new Workflow(MissionType.ECL_A1, RECEIVED, List.of("ECL 1-01"), Set.of(CLOSED), List.of(
                on("situation-examinee").from(RECEIVED).to(CLOSED).stops("ECL 1-01")
                        .outcome(Outcome.SITUATION_EXAMINEE).build()));
    }
}
