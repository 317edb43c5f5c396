package be.inasti.missiondesk.domain.workflow;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.catalogue.Catalogue;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.identity.Bce;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.Change;
import be.inasti.missiondesk.domain.mission.ChangeKind;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Outcome;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Subject;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MissionLifecycleTest {
    private static final LocalDate TODAY = parse("2024-06-28");
    private static final LocalDate RECEIVED = parse("2024-03-01");
    private static final Subject MARIE = Subject.person(Niss.parse("85.07.30-033.28"), "Marie Dupont");
    private static final String INFO_OBJECTIVES =
            "CNH 5-01, EAE 2-01, INT 2-01, PEN 3-01, PMP 2-01, SOVCNH 3-01, SOVVOB 3-01, VOB 4-01";

    private final AtomicLong counter = new AtomicLong();
    private final MissionLifecycle lifecycle =
            new MissionLifecycle(Catalogue.bundled(), Workflows.bundled(), () -> new UUID(0, counter.incrementAndGet()));

    private static NewMission request(MissionType type, String objective) {
        return new NewMission(type, Office.WAVRE, "alice", MARIE, Source.MANUAL, RECEIVED, objective, null, null);
    }

    /** A mission of the type; a control names the first service that may request it. */
    private Mission open(MissionType type) {
        return lifecycle.open(request(type, firstChoice(type)), TODAY).mission();
    }

    private String firstChoice(MissionType type) {
        return lifecycle.serviceObjectives(type, RECEIVED).stream().findFirst().orElse(null);
    }

    private Recorded fire(Mission mission, String event, String on) {
        return lifecycle.fire(mission, event, parse(on), TODAY);
    }

    private static DeadlineClock clock(Mission mission, String objective) {
        return mission.clocks().stream().filter(c -> c.objectiveCode().equals(objective)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} starts {1} on reception")
    @CsvSource(delimiter = ';', value = {
            "TITRES_SERVICES;               CNH 4-01",
            "ECL_AFA;                       ECL 2-01, ECL 2-02",
            "ECL_FALSE_SELF_EMPLOYED;       ''",
            "ECL_DENUNCIATION;              ECL 4-01",
            "ECL_FINDING;                   ECL 4-02",
            "ECL_CONTROL;                   ECL 5-01",
            "ECL_CONTROL_REVENUS_MANQUANTS; ''",
            "ECL_A1;                        ECL 1-01",
    })
    void each_mission_type_starts_its_clocks_on_reception(MissionType type, String objectives) {
        Recorded opened = lifecycle.open(request(type, firstChoice(type)), TODAY);

        String[] expected = objectives.isEmpty() ? new String[0] : objectives.split(", ");
        assertThat(opened.mission().clocks()).extracting(DeadlineClock::objectiveCode).containsExactly(expected);
        assertThat(opened.mission().clocks()).allSatisfy(c -> {
            assertThat(c.startedOn()).isEqualTo(RECEIVED);
            assertThat(c.catalogueVersion()).isEqualTo("2019-2020");
        });
        assertThat(opened.changes()).first().isEqualTo(new Change(ChangeKind.CREATED, "type", null, type.code()));
        assertThat(opened.changes()).filteredOn(c -> c.kind() == ChangeKind.CLOCK_STARTED)
                .extracting(Change::field).containsExactly(expected);
    }

    @Test
    void a_titres_services_mission_is_opened_received_with_its_cnh_4_01_clock() {
        Recorded opened = lifecycle.open(request(MissionType.TITRES_SERVICES, null), TODAY);
        Mission mission = opened.mission();

        assertThat(mission.id()).isEqualTo(new UUID(0, 1));
        assertThat(mission.status()).isEqualTo("RECEIVED");
        assertThat(mission.closed()).isFalse();
        assertThat(mission.outcome()).isNull();
        assertThat(mission.priority()).isEqualTo(Priority.NORMAL);
        assertThat(mission.serviceObjective()).isNull();
        assertThat(mission.clocks()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(new UUID(0, 2));
            assertThat(c.dueOn()).isEqualTo(parse("2024-03-21"));
        });
        assertThat(opened.changes()).containsExactly(
                new Change(ChangeKind.CREATED, "type", null, "TITRES_SERVICES"),
                new Change(ChangeKind.CLOCK_STARTED, "CNH 4-01", null, "2024-03-21"));
    }

    @Test
    void the_assignee_is_stored_without_surrounding_spaces() {
        NewMission padded = new NewMission(MissionType.TITRES_SERVICES, Office.NAMUR, "  alice ", MARIE,
                Source.FLOW, RECEIVED, null, Priority.HIGH, "note");

        Mission mission = lifecycle.open(padded, TODAY).mission();

        assertThat(mission.assignee()).isEqualTo("alice");
        assertThat(mission.priority()).isEqualTo(Priority.HIGH);
        assertThat(mission.office()).isEqualTo(Office.NAMUR);
    }

    @Test
    void titres_services_from_right_granted_to_payment_executed() {
        Mission received = open(MissionType.TITRES_SERVICES);

        Recorded granted = fire(received, "droit-accorde", "2024-03-15");
        assertThat(granted.mission().status()).isEqualTo("RIGHT_GRANTED");
        assertThat(granted.mission().closed()).isFalse();
        assertThat(granted.mission().outcome()).isEqualTo(Outcome.of("DROIT_ACCORDE"));
        assertThat(clock(granted.mission(), "CNH 4-01").state(TODAY)).isEqualTo(ClockState.MET);
        assertThat(granted.changes()).containsExactly(
                new Change(ChangeKind.TRANSITION, "event", null, "droit-accorde"),
                new Change(ChangeKind.STATUS, "status", "RECEIVED", "RIGHT_GRANTED"),
                new Change(ChangeKind.CLOCK_STOPPED, "CNH 4-01", null, "2024-03-15"),
                new Change(ChangeKind.OUTCOME, "outcome", null, "DROIT_ACCORDE"));

        Recorded requested = fire(granted.mission(), "demande-paiement", "2024-04-02");
        assertThat(requested.mission().status()).isEqualTo("PAYMENT_REQUESTED");
        assertThat(requested.mission().outcome()).isEqualTo(Outcome.of("DROIT_ACCORDE"));
        assertThat(requested.mission().openClocks()).extracting(DeadlineClock::objectiveCode)
                .containsExactly("CNH 4-02");
        assertThat(clock(requested.mission(), "CNH 4-02").dueOn()).isEqualTo(parse("2024-05-02"));
        assertThat(requested.changes()).containsExactly(
                new Change(ChangeKind.TRANSITION, "event", null, "demande-paiement"),
                new Change(ChangeKind.STATUS, "status", "RIGHT_GRANTED", "PAYMENT_REQUESTED"),
                new Change(ChangeKind.CLOCK_STARTED, "CNH 4-02", null, "2024-05-02"));

        Recorded paid = fire(requested.mission(), "paiement-execute", "2024-04-30");
        Mission closed = paid.mission();
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.closed()).isTrue();
        assertThat(closed.outcome()).isEqualTo(Outcome.of("PAIEMENT_EXECUTE"));
        assertThat(closed.openClocks()).isEmpty();
        assertThat(closed.clocks()).extracting(DeadlineClock::objectiveCode, DeadlineClock::stoppedOn)
                .containsExactly(tuple("CNH 4-01", parse("2024-03-15")), tuple("CNH 4-02", parse("2024-04-30")));
        assertThat(closed.clocks()).allSatisfy(c -> assertThat(c.metTier(0)).isTrue());
        assertThat(paid.changes()).containsExactly(
                new Change(ChangeKind.TRANSITION, "event", null, "paiement-execute"),
                new Change(ChangeKind.STATUS, "status", "PAYMENT_REQUESTED", "CLOSED"),
                new Change(ChangeKind.CLOCK_STOPPED, "CNH 4-02", null, "2024-04-30"),
                new Change(ChangeKind.OUTCOME, "outcome", "DROIT_ACCORDE", "PAIEMENT_EXECUTE"));
    }

    @Test
    void a_right_refused_late_closes_the_mission_with_cnh_4_01_missed() {
        Mission refused = fire(open(MissionType.TITRES_SERVICES), "droit-refuse", "2024-03-22").mission();

        assertThat(refused.status()).isEqualTo("CLOSED");
        assertThat(refused.closed()).isTrue();
        assertThat(refused.outcome()).isEqualTo(Outcome.of("DROIT_REFUSE"));
        assertThat(clock(refused, "CNH 4-01").state(TODAY)).isEqualTo(ClockState.MISSED);
    }

    @Test
    void afa_documents_start_two_clocks_due_after_90_and_365_days() {
        Mission afa = open(MissionType.ECL_AFA);

        assertThat(afa.clocks()).extracting(DeadlineClock::objectiveCode, DeadlineClock::dueOn).containsExactly(
                tuple("ECL 2-01", parse("2024-05-30")),
                tuple("ECL 2-02", parse("2025-03-01")));
        assertThat(afa.mostUrgentClock()).map(DeadlineClock::objectiveCode).contains("ECL 2-01");
    }

    /** Received 1 March 2024, selected 20 March: ECL 2-04's 180 days run from 1 March, due 28 August 2024. */
    @Test
    void only_a_file_selected_for_contact_gets_an_ecl_2_04_clock_counted_from_reception() {
        Mission registered = fire(open(MissionType.ECL_AFA), "enregistrement", "2024-03-10").mission();
        Mission kept = fire(registered, "maintien", "2024-06-03").mission();
        assertThat(kept.clocks()).extracting(DeadlineClock::objectiveCode).containsExactly("ECL 2-01", "ECL 2-02");

        Recorded selected = fire(registered, "selection-contact", "2024-03-20");

        assertThat(clock(selected.mission(), "ECL 2-04").startedOn()).isEqualTo(RECEIVED);
        assertThat(clock(selected.mission(), "ECL 2-04").dueOn()).isEqualTo(parse("2024-08-28"));
        assertThat(selected.changes()).contains(new Change(ChangeKind.CLOCK_STARTED, "ECL 2-04", null, "2024-08-28"));
    }

    @Test
    void an_afa_selected_for_contact_and_decided_without_contact_cancels_the_first_contact_clock() {
        Mission registered = fire(open(MissionType.ECL_AFA), "enregistrement", "2024-03-10").mission();
        assertThat(clock(registered, "ECL 2-01").stoppedOn()).isEqualTo(parse("2024-03-10"));
        Mission selected = fire(registered, "selection-contact", "2024-03-20").mission();
        assertThat(selected.status()).isEqualTo("SELECTED_FOR_CONTACT");

        Recorded kept = fire(selected, "maintien", "2024-06-03");

        Mission decided = kept.mission();
        assertThat(decided.status()).isEqualTo("DECIDED");
        assertThat(decided.closed()).isTrue();
        assertThat(decided.outcome()).isEqualTo(Outcome.of("MAINTIEN"));
        assertThat(clock(decided, "ECL 2-02").state(TODAY)).isEqualTo(ClockState.MET);
        assertThat(clock(decided, "ECL 2-04").state(TODAY)).isEqualTo(ClockState.CANCELLED);
        assertThat(kept.changes()).containsExactly(
                new Change(ChangeKind.TRANSITION, "event", null, "maintien"),
                new Change(ChangeKind.STATUS, "status", "SELECTED_FOR_CONTACT", "DECIDED"),
                new Change(ChangeKind.CLOCK_STOPPED, "ECL 2-02", null, "2024-06-03"),
                new Change(ChangeKind.CLOCK_CANCELLED, "ECL 2-04", null, "2024-06-03"),
                new Change(ChangeKind.OUTCOME, "outcome", null, "MAINTIEN"));
    }

    @Test
    void an_afa_decided_after_contact_cancels_nothing() {
        Mission registered = fire(open(MissionType.ECL_AFA), "enregistrement", "2024-03-10").mission();
        Mission selected = fire(registered, "selection-contact", "2024-03-20").mission();
        Mission contacted = fire(selected, "premier-contact", "2024-04-15").mission();

        Recorded struckOff = fire(contacted, "radiation", "2024-06-03");

        assertThat(clock(struckOff.mission(), "ECL 2-04").state(TODAY)).isEqualTo(ClockState.MET);
        assertThat(struckOff.mission().outcome()).isEqualTo(Outcome.of("RADIATION"));
        assertThat(struckOff.changes()).extracting(Change::kind).doesNotContain(ChangeKind.CLOCK_CANCELLED);
        assertThat(struckOff.mission().openClocks()).isEmpty();
    }

    @Test
    void a_revision_reopens_a_decided_afa_with_the_ecl_2_03_clock() {
        Mission registered = fire(open(MissionType.ECL_AFA), "enregistrement", "2024-03-10").mission();
        Mission decided = fire(registered, "radiation", "2024-04-01").mission();

        Recorded revision = fire(decided, "demande-revision", "2024-05-02");

        assertThat(revision.mission().status()).isEqualTo("REVISION");
        assertThat(revision.mission().closed()).isFalse();
        assertThat(revision.mission().outcome()).isEqualTo(Outcome.of("RADIATION"));
        assertThat(revision.mission().openClocks()).singleElement().satisfies(c -> {
            assertThat(c.objectiveCode()).isEqualTo("ECL 2-03");
            assertThat(c.startedOn()).isEqualTo(parse("2024-05-02"));
            assertThat(c.dueOn()).isEqualTo(parse("2024-07-31"));
        });

        Recorded revised = fire(revision.mission(), "revision-decidee", "2024-06-20");
        assertThat(revised.mission().status()).isEqualTo("DECIDED");
        assertThat(revised.mission().closed()).isTrue();
        assertThat(revised.mission().outcome()).isEqualTo(Outcome.of("REVISION_DECIDEE"));
        assertThat(revised.changes()).contains(
                new Change(ChangeKind.OUTCOME, "outcome", "RADIATION", "REVISION_DECIDEE"));
    }

    @Test
    void a_control_concluding_false_self_employment_stops_ecl_5_01_and_starts_ecl_3_01() {
        Mission control = open(MissionType.of("ECL_CONTROL"));
        assertThat(clock(control, "ECL 5-01").tiers()).hasSize(2);

        Recorded suspicion = fire(control, "suspicion-faux-independant", "2024-05-15");

        Mission transfer = suspicion.mission();
        assertThat(transfer.status()).isEqualTo("ONSS_TRANSFER");
        assertThat(transfer.closed()).isFalse();
        assertThat(transfer.outcome()).isNull();
        DeadlineClock ecl501 = clock(transfer, "ECL 5-01");
        assertThat(ecl501.metTier(0)).isTrue(); // due 2024-05-30
        assertThat(ecl501.metTier(1)).isTrue();
        assertThat(clock(transfer, "ECL 3-01").dueOn()).isEqualTo(parse("2024-06-14"));
        assertThat(suspicion.changes()).extracting(Change::kind).containsExactly(ChangeKind.TRANSITION,
                ChangeKind.STATUS, ChangeKind.CLOCK_STOPPED, ChangeKind.CLOCK_STARTED);

        Mission closed = fire(transfer, "transmis-onss", "2024-06-14").mission();
        assertThat(closed.closed()).isTrue();
        assertThat(closed.outcome()).isEqualTo(Outcome.of("TRANSMIS_A_L_ONSS"));
        assertThat(clock(closed, "ECL 3-01").state(TODAY)).isEqualTo(ClockState.MET);
    }

    @Test
    void a_control_closed_between_90_and_180_days_meets_only_the_second_tier() {
        Mission closed = fire(open(MissionType.of("ECL_CONTROL")), "classement-sans-suite", "2024-06-20").mission();

        DeadlineClock ecl501 = clock(closed, "ECL 5-01");
        assertThat(ecl501.metTier(0)).isFalse();
        assertThat(ecl501.metTier(1)).isTrue();
        assertThat(closed.outcome()).isEqualTo(Outcome.of("CLASSEMENT_SANS_SUITE"));
    }

    @Test
    void a_revenus_manquants_control_runs_no_ecl_5_01_clock() {
        Recorded opened = lifecycle.open(request(MissionType.of("ECL_CONTROL_REVENUS_MANQUANTS"), "CNH"), TODAY);
        assertThat(opened.mission().clocks()).isEmpty();
        assertThat(opened.changes()).extracting(Change::kind).containsExactly(ChangeKind.CREATED);

        Recorded closed = fire(opened.mission(), "transmis-vob", "2024-04-01");

        assertThat(closed.mission().closed()).isTrue();
        assertThat(closed.mission().outcome()).isEqualTo(Outcome.of("TRANSMIS_AU_VOB"));
        assertThat(closed.changes()).extracting(Change::kind)
                .containsExactly(ChangeKind.TRANSITION, ChangeKind.STATUS, ChangeKind.OUTCOME);
    }

    @Test
    void a_revenus_manquants_control_still_starts_ecl_3_01_on_a_false_self_employment_suspicion() {
        Mission control = open(MissionType.of("ECL_CONTROL_REVENUS_MANQUANTS"));

        Mission transfer = fire(control, "suspicion-faux-independant", "2024-05-15").mission();

        assertThat(transfer.clocks()).extracting(DeadlineClock::objectiveCode).containsExactly("ECL 3-01");
    }

    @ParameterizedTest(name = "{0} closed by {1}")
    @CsvSource({
            "ECL_DENUNCIATION, classement-sans-suite, ECL 4-01, CLASSEMENT_SANS_SUITE",
            "ECL_DENUNCIATION, transmis-vob,          ECL 4-01, TRANSMIS_AU_VOB",
            "ECL_FINDING,      classement-sans-suite, ECL 4-02, CLASSEMENT_SANS_SUITE",
            "ECL_FINDING,      transmis-vob,          ECL 4-02, TRANSMIS_AU_VOB",
            "ECL_A1,           situation-examinee,    ECL 1-01, SITUATION_EXAMINEE",
    })
    void a_single_step_mission_closes_and_stops_its_clock(MissionType type, String event, String objective,
            Outcome outcome) {
        Mission closed = fire(open(type), event, "2024-03-20").mission();

        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.closed()).isTrue();
        assertThat(closed.outcome()).isEqualTo(outcome);
        assertThat(clock(closed, objective).stoppedOn()).isEqualTo(parse("2024-03-20"));
        assertThat(clock(closed, objective).state(TODAY)).isEqualTo(ClockState.MET);
    }

    @Test
    void an_information_request_counts_towards_the_objective_of_its_service() {
        Mission request = lifecycle.open(request(MissionType.INFO_REQUEST, "CNH 5-01"), TODAY).mission();

        assertThat(request.serviceObjective()).isEqualTo("CNH 5-01");
        assertThat(request.clocks()).singleElement().satisfies(c -> {
            assertThat(c.objectiveCode()).isEqualTo("CNH 5-01");
            assertThat(c.dueOn()).isEqualTo(parse("2024-03-31"));
        });

        Mission answered = fire(request, "reponse-envoyee", "2024-04-02").mission();
        assertThat(answered.closed()).isTrue();
        assertThat(answered.outcome()).isEqualTo(Outcome.of("REPONSE_ENVOYEE"));
        assertThat(clock(answered, "CNH 5-01").state(TODAY)).isEqualTo(ClockState.MISSED);
    }

    @Test
    void the_service_objectives_are_the_eight_information_request_objectives() {
        assertThat(lifecycle.serviceObjectives(MissionType.INFO_REQUEST, RECEIVED))
                .containsExactly(INFO_OBJECTIVES.split(", "));
        assertThat(lifecycle.serviceObjectives(MissionType.TITRES_SERVICES, RECEIVED)).isEmpty();
    }

    @Test
    void an_information_request_without_objective_is_refused_listing_the_choices() {
        assertThatThrownBy(() -> lifecycle.open(request(MissionType.INFO_REQUEST, null), TODAY))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(INFO_OBJECTIVES);
    }

    @Test
    void an_information_request_with_an_objective_outside_the_choices_is_refused_naming_it() {
        assertThatThrownBy(() -> lifecycle.open(request(MissionType.INFO_REQUEST, "VOB 1-01"), TODAY))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(INFO_OBJECTIVES)
                .hasMessageContaining("not 'VOB 1-01'");
    }

    @Test
    void an_objective_given_for_another_mission_type_is_refused() {
        assertThatThrownBy(() -> lifecycle.open(request(MissionType.TITRES_SERVICES, "CNH 4-01"), TODAY))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("only for information requests");
    }

    @Test
    void a_mission_received_in_the_future_is_refused() {
        NewMission tomorrow = new NewMission(MissionType.TITRES_SERVICES, Office.WAVRE, "alice", MARIE,
                Source.MANUAL, TODAY.plusDays(1), null, null, null);

        assertThatThrownBy(() -> lifecycle.open(tomorrow, TODAY))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("2024-06-29").hasMessageContaining("future");
    }

    @Test
    void a_mission_without_assignee_is_refused() {
        NewMission nobody = new NewMission(MissionType.TITRES_SERVICES, Office.WAVRE, "  ", MARIE,
                Source.MANUAL, RECEIVED, null, null, null);

        assertThatThrownBy(() -> lifecycle.open(nobody, TODAY))
                .isInstanceOf(DomainException.class).hasMessageContaining("assignee");
    }

    @Test
    void an_event_not_allowed_in_the_current_state_is_refused_listing_the_allowed_ones() {
        Mission received = open(MissionType.TITRES_SERVICES);

        assertThatThrownBy(() -> fire(received, "paiement-execute", "2024-03-10"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("'paiement-execute'")
                .hasMessageContaining("RECEIVED")
                .hasMessageEndingWith("allowed now: droit-accorde, droit-refuse");
        assertThat(lifecycle.allowed(received)).extracting(Transition::event)
                .containsExactly("droit-accorde", "droit-refuse");
    }

    @Test
    void a_closed_mission_allows_no_event() {
        Mission closed = fire(open(MissionType.TITRES_SERVICES), "droit-refuse", "2024-03-10").mission();

        assertThatThrownBy(() -> fire(closed, "droit-accorde", "2024-03-11"))
                .isInstanceOf(DomainException.class)
                .hasMessageEndingWith("allowed now: none");
    }

    @Test
    void an_event_dated_in_the_future_is_refused() {
        Mission received = open(MissionType.TITRES_SERVICES);

        assertThatThrownBy(() -> fire(received, "droit-accorde", "2024-06-29"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("future");
    }

    @Test
    void an_event_dated_before_reception_is_refused() {
        Mission received = open(MissionType.TITRES_SERVICES);

        assertThatThrownBy(() -> fire(received, "droit-accorde", "2024-02-29"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("before the mission was received (2024-03-01)");
    }

    @Test
    void an_event_dated_before_the_missions_last_step_is_refused_naming_both_dates() {
        Mission granted = fire(open(MissionType.TITRES_SERVICES), "droit-accorde", "2024-03-15").mission();
        Mission requested = fire(granted, "demande-paiement", "2024-04-02").mission();

        assertThatThrownBy(() -> fire(requested, "paiement-execute", "2024-04-01"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("2024-04-01").hasMessageContaining("last step (2024-04-02)");
        assertThatThrownBy(() -> fire(granted, "demande-paiement", "2024-03-14"))
                .isInstanceOf(DomainException.class).hasMessageContaining("last step (2024-03-15)");
    }

    /** Suspicion concluded 20 March 2024: ECL 3-01's 30 days run from then, due 19 April; sent on 10 April, met. */
    @Test
    void ecl_3_01_runs_from_the_suspicion_not_from_reception() {
        Mission received = open(MissionType.of("ECL_FALSE_SELF_EMPLOYED"));
        assertThat(received.clocks()).isEmpty();

        Mission suspected = fire(received, "suspicion-faux-independant", "2024-03-20").mission();
        Mission sent = fire(suspected, "transmis-onss", "2024-04-10").mission();

        assertThat(clock(suspected, "ECL 3-01").dueOn()).isEqualTo(parse("2024-04-19"));
        assertThat(clock(sent, "ECL 3-01").state(TODAY)).isEqualTo(ClockState.MET);
        assertThat(sent.outcome()).isEqualTo(Outcome.of("TRANSMIS_A_L_ONSS"));
    }

    @Test
    void a_false_self_employment_file_closes_with_no_suspicion_or_at_the_auditorat_outside_the_norm() {
        Mission none = fire(open(MissionType.of("ECL_FALSE_SELF_EMPLOYED")), "pas-de-suspicion", "2024-03-20").mission();
        Mission suspected = fire(open(MissionType.of("ECL_FALSE_SELF_EMPLOYED")), "suspicion-faux-independant",
                "2024-03-20").mission();
        Mission auditorat = lifecycle.fire(suspected, "transmis-auditorat", parse("2024-05-02"), TODAY,
                "dossier pénal en cours").mission();

        assertThat(none.closed()).isTrue();
        assertThat(none.clocks()).isEmpty();
        assertThat(clock(auditorat, "ECL 3-01").state(TODAY)).isEqualTo(ClockState.CANCELLED);
        assertThat(auditorat.outcome()).isEqualTo(Outcome.of("TRANSMIS_A_L_AUDITORAT"));
    }

    @Test
    void a_step_that_asks_why_is_refused_without_a_comment_and_keeps_the_one_given() {
        Mission granted = fire(open(MissionType.TITRES_SERVICES), "droit-accorde", "2024-03-15").mission();

        assertThatThrownBy(() -> fire(granted, "droit-non-utilise", "2024-06-01"))
                .isInstanceOf(DomainException.class).hasMessageContaining("needs a comment");
        Recorded unused = lifecycle.fire(granted, "droit-non-utilise", parse("2024-06-01"), TODAY, " plus d'enfant ");

        assertThat(unused.mission().closed()).isTrue();
        assertThat(unused.mission().openClocks()).isEmpty();
        assertThat(unused.changes()).contains(new Change(ChangeKind.NOTE, "comment", null, "plus d'enfant"));
    }

    @Test
    void a_granted_right_can_go_through_the_delivery_order_before_the_payment_request() {
        Mission granted = fire(open(MissionType.TITRES_SERVICES), "droit-accorde", "2024-03-15").mission();
        Mission ordered = fire(granted, "ordre-livraison", "2024-03-18").mission();
        Mission requested = fire(ordered, "demande-paiement", "2024-04-02").mission();

        assertThat(ordered.status()).isEqualTo("DELIVERY_ORDERED");
        assertThat(clock(requested, "CNH 4-02").startedOn()).isEqualTo(parse("2024-04-02"));
    }

    @Test
    void a_control_records_the_service_that_requested_it_and_is_refused_without_one() {
        Mission control = lifecycle.open(request(MissionType.of("ECL_CONTROL"), "CNH"), TODAY).mission();

        assertThat(control.serviceObjective()).isEqualTo("CNH");
        assertThatThrownBy(() -> lifecycle.open(request(MissionType.of("ECL_CONTROL"), null), TODAY))
                .isInstanceOf(DomainException.class)
                .hasMessage("a ECL_CONTROL mission must name its objective or the service that requested it, one of "
                        + "VOB, CNH, SOVVOB, SOVCNH, PMP, INT, PEN, DVR, REK, P2P");
        assertThatThrownBy(() -> lifecycle.open(request(MissionType.of("ECL_CONTROL"), "ONSS"), TODAY))
                .isInstanceOf(DomainException.class).hasMessageEndingWith("(not 'ONSS')");
    }

    @Test
    void a_company_cannot_be_the_subject_of_a_mission_about_a_person() {
        NewMission aboutACompany = new NewMission(MissionType.TITRES_SERVICES, Office.WAVRE, "alice",
                Subject.company(Bce.parse("0403170701"), "SA Exemple"), Source.MANUAL, RECEIVED, null, null, null);

        assertThatThrownBy(() -> lifecycle.open(aboutACompany, TODAY)).isInstanceOf(DomainException.class)
                .hasMessageContaining("concerns a person");
    }

    @Test
    void an_event_on_the_reception_day_and_on_today_is_accepted() {
        assertThat(fire(open(MissionType.TITRES_SERVICES), "droit-accorde", "2024-03-01").mission().status())
                .isEqualTo("RIGHT_GRANTED");
        assertThat(fire(open(MissionType.TITRES_SERVICES), "droit-accorde", "2024-06-28").mission().status())
                .isEqualTo("RIGHT_GRANTED");
    }

    @Test
    void reassigning_to_another_office_and_agent_records_both_and_the_reason() {
        Mission mission = open(MissionType.TITRES_SERVICES);

        Recorded moved = lifecycle.reassign(mission, Office.NAMUR, "bob", " workload balance ");

        assertThat(moved.mission().office()).isEqualTo(Office.NAMUR);
        assertThat(moved.mission().assignee()).isEqualTo("bob");
        assertThat(moved.mission().clocks()).isEqualTo(mission.clocks());
        assertThat(moved.changes()).containsExactly(
                new Change(ChangeKind.OFFICE, "office", "WAVRE", "NAMUR"),
                new Change(ChangeKind.ASSIGNEE, "assignee", "alice", "bob"),
                new Change(ChangeKind.NOTE, "reason", null, "workload balance"));
    }

    @Test
    void reassigning_within_the_office_records_only_the_assignee() {
        Recorded moved = lifecycle.reassign(open(MissionType.TITRES_SERVICES), Office.WAVRE, "bob", null);

        assertThat(moved.changes()).containsExactly(new Change(ChangeKind.ASSIGNEE, "assignee", "alice", "bob"));
    }

    @Test
    void reassigning_to_the_same_office_and_agent_records_nothing_not_even_the_reason() {
        Recorded same = lifecycle.reassign(open(MissionType.TITRES_SERVICES), Office.WAVRE, "alice", "why not");

        assertThat(same.changes()).isEmpty();
    }

    @Test
    void reassigning_to_nobody_is_refused() {
        Mission mission = open(MissionType.TITRES_SERVICES);

        assertThatThrownBy(() -> lifecycle.reassign(mission, Office.WAVRE, " ", null))
                .isInstanceOf(DomainException.class).hasMessageContaining("assignee");
    }
}
