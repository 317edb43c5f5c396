package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.catalogue.Catalogue;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.identity.Bce;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.Actor;
import be.inasti.missiondesk.domain.mission.Change;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Subject;
import be.inasti.missiondesk.domain.workflow.MissionLifecycle;
import be.inasti.missiondesk.domain.workflow.NewMission;
import be.inasti.missiondesk.domain.workflow.Recorded;
import be.inasti.missiondesk.domain.workflow.SubjectRule;
import be.inasti.missiondesk.domain.workflow.Transition;
import be.inasti.missiondesk.domain.workflow.Workflow;
import be.inasti.missiondesk.domain.workflow.Workflows;
import be.inasti.missiondesk.store.MissionStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic demo data for the three regional offices: agents, every mission type in the proportions a regional
 * office sees, and missions walked through their workflows so that clocks stand in every state. The same seed
 * gives the same missions (ids included) for the same "today". Demo missions stay on this installation: they are
 * not in the operation log, so no batch ever carries them to the central office.
 */
public final class DemoData {
    /** Agents of each regional office: the logins missions are assigned to. */
    public static final Map<Office, List<String>> AGENTS = Map.of(
            Office.WAVRE, List.of("amartin", "jdubois", "slambert", "cdupont", "npeeters", "lmertens"),
            Office.LIBRAMONT, List.of("fleroy", "mgoffin", "tcollard", "ejacques", "psimon", "bthiry"),
            Office.NAMUR, List.of("vrenard", "hlecomte", "kdeprez", "ocharlier", "gwillems", "ifrancois"));

    /** What a demo caseworker writes when a step asks why. */
    private static final String DEMO_REASON = "Motif consigné au dossier";
    private static final List<String> FIRST = List.of("Marie", "Sophie", "Julie", "Sarah", "Laura", "Emma", "Léa",
            "Camille", "Nathalie", "Anne", "Lucas", "Thomas", "Nicolas", "Jean", "Pierre", "Luc", "Marc", "David",
            "Jan", "Pieter", "Eva", "Ines", "Noor", "Lena");
    private static final List<String> LAST = List.of("Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent",
            "Lefèvre", "Leroy", "Renard", "Goffin", "Jacques", "Thiry", "Peeters", "Janssens", "Maes", "Mertens",
            "Willems", "Claes", "Wouters", "Goossens", "Collard", "Charlier", "Lemaire", "François");
    private static final List<String> COMPANIES = List.of("Menuiserie", "Boulangerie", "Transports", "Garage",
            "Toitures", "Jardins", "Nettoyage", "Électricité", "Peinture", "Carrelage");
    private static final int HISTORY_DAYS = 400;
    /** Demo missions are all held in memory until they are stored in one transaction: more would not fit. */
    public static final int MAX_MISSIONS = 1_000_000;

    private final Catalogue catalogue;
    private final MissionStore store;
    private final Clock clock;
    private final Actor actor;

    public DemoData(Catalogue catalogue, MissionStore store, Clock clock, Actor actor) {
        this.catalogue = catalogue;
        this.store = store;
        this.clock = clock;
        this.actor = actor;
    }

    /** Generates and stores {@code count} missions in one transaction; returns how many were stored. */
    public int generate(int count, long seed, Progress progress) {
        if (count < 0) {
            throw new DomainException("demo.negativeCount", count);
        }
        if (count > MAX_MISSIONS) {
            throw new DomainException("demo.tooMany", count, MAX_MISSIONS);
        }
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(seed);
        Random requesters = new Random(~seed);
        MissionLifecycle lifecycle = new MissionLifecycle(catalogue, Workflows.bundled(),
                () -> new UUID(random.nextLong(), random.nextLong()));
        List<Recorded> missions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            missions.add(walk(lifecycle, lifecycle.open(newMission(lifecycle, random, requesters, today), today), random,
                    today));
            if (i % 5_000 == 0) {
                progress.checkCancelled();
            }
        }
        store.insert(missions, actor.stamp(), progress, MissionStore.Logging.LOCAL_ONLY);
        return missions.size();
    }

    private NewMission newMission(MissionLifecycle lifecycle, Random random, Random requesters, LocalDate today) {
        Workflow workflow = pickType(lifecycle.workflows().inForce(today), random);
        MissionType type = workflow.type();
        Office office = Office.REGIONAL.get(random.nextInt(Office.REGIONAL.size()));
        List<String> agents = AGENTS.get(office);
        LocalDate received = today.minusDays(skewedRecent(random));
        List<String> objectives = lifecycle.serviceObjectives(type, received);
        // Who requested a control is drawn from a stream of its own: a seed still gives every other mission it gave.
        Random draw = workflow.requestedBy().isEmpty() ? random : requesters;
        String objective = objectives.isEmpty() ? null : objectives.get(draw.nextInt(objectives.size()));
        Source source = type.equals(MissionType.TITRES_SERVICES) ? Source.FLOW
                : type.equals(MissionType.ECL_AFA) ? Source.DOCUMENT : Source.MANUAL;
        Priority priority = random.nextInt(20) == 0 ? Priority.HIGH : Priority.NORMAL;
        return new NewMission(type, office, agents.get(random.nextInt(agents.size())), subject(workflow.subject(), random), source,
                received, objective, priority, null);
    }

    /** Most missions are recent: an office's queue holds this quarter's work and a tail of older files. */
    private static int skewedRecent(Random random) {
        double u = random.nextDouble();
        return (int) (u * u * HISTORY_DAYS);
    }

    /** A type drawn in the proportions the workflow data gives (demoShare): every type in force appears. */
    private static Workflow pickType(List<Workflow> types, Random random) {
        int roll = random.nextInt(types.stream().mapToInt(Workflow::demoShare).sum());
        for (Workflow w : types) {
            roll -= w.demoShare();
            if (roll < 0) {
                return w;
            }
        }
        throw new IllegalStateException("no mission type has a demo share");
    }

    private static Subject subject(SubjectRule rule, Random random) {
        boolean company = rule == SubjectRule.COMPANY || rule == SubjectRule.EITHER && random.nextInt(3) == 0;
        if (company) {
            String name = COMPANIES.get(random.nextInt(COMPANIES.size())) + " " + LAST.get(random.nextInt(LAST.size()));
            return Subject.company(Bce.withCheckDigits("0%07d".formatted(200_000 + random.nextInt(7_000_000))), name);
        }
        boolean bornFrom2000 = random.nextInt(5) == 0;
        int year = bornFrom2000 ? random.nextInt(7) : 50 + random.nextInt(50);
        String nine = "%02d%02d%02d%03d".formatted(year, 1 + random.nextInt(12), 1 + random.nextInt(28),
                1 + random.nextInt(998));
        String name = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
        return Subject.person(Niss.withCheckDigits(nine, bornFrom2000), name);
    }

    /**
     * Moves a mission through its workflow as an office would: each step after a delay around the running clock's
     * deadline (most met, some missed), until the next step would fall after today.
     */
    private static Recorded walk(MissionLifecycle lifecycle, Recorded opened, Random random, LocalDate today) {
        Mission mission = opened.mission();
        List<Change> changes = new ArrayList<>(opened.changes());
        LocalDate date = mission.receivedOn();
        while (true) {
            List<Transition> allowed = lifecycle.allowed(mission);
            if (allowed.isEmpty() || mission.closed() && random.nextInt(10) > 0) {
                break;
            }
            long span = mission.mostUrgentClock().map(DeadlineClock::firstTierDays).orElse(30L);
            date = date.plusDays(1 + (long) (random.nextDouble() * span * 1.15));
            if (date.isAfter(today)) {
                break;
            }
            Transition next = allowed.get(random.nextInt(allowed.size()));
            Recorded step = lifecycle.fire(mission, next.event(), date, today, next.needsComment() ? DEMO_REASON : null);
            mission = step.mission();
            changes.addAll(step.changes());
        }
        return new Recorded(mission, changes);
    }
}
