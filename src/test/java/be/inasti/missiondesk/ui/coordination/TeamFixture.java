package be.inasti.missiondesk.ui.coordination;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Agent;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Subject;
import be.inasti.missiondesk.domain.workflow.NewMission;
import be.inasti.missiondesk.ui.common.DeskFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small team on Monday 23 November 2026: "absent" (Wavre) has six overdue information requests and six
 * titres-services on track; "bpeeters" (Namur) already has four on track; "amartin" and "cdupont" (Wavre) have
 * none.
 */
public final class TeamFixture {
    public static final Agent ABSENT = new Agent(Office.WAVRE, "absent");
    public static final Agent A = new Agent(Office.WAVRE, "amartin");
    public static final Agent B = new Agent(Office.NAMUR, "bpeeters");
    public static final Agent C = new Agent(Office.WAVRE, "cdupont");
    /** Received 20 October: VOB 4-01 fell due on 19 November, so overdue (urgent). */
    private static final LocalDate LONG_AGO = LocalDate.of(2026, 10, 20);
    /** Received 20 November: CNH 4-01 falls due in December, on track. */
    private static final LocalDate RECENTLY = LocalDate.of(2026, 11, 20);

    public final Services services;
    public final List<Mission> urgent = new ArrayList<>();
    public final List<Mission> calm = new ArrayList<>();
    private int people;

    public TeamFixture(Path folder) {
        services = TestServices.open(folder, DeskFixture.TODAY);
        for (int i = 0; i < 6; i++) {
            urgent.add(open(ABSENT, MissionType.INFO_REQUEST, LONG_AGO, "VOB 4-01"));
            calm.add(open(ABSENT, MissionType.TITRES_SERVICES, RECENTLY, null));
        }
        for (int i = 0; i < 4; i++) {
            open(B, MissionType.TITRES_SERVICES, RECENTLY, null);
        }
    }

    public Mission open(Agent agent, MissionType type, LocalDate received, String objective) {
        people++;
        Niss niss = Niss.withCheckDigits(String.format("8501010%02d", people), false);
        return services.missions().open(new NewMission(type, agent.office(), agent.login(),
                Subject.person(niss, "Personne " + people), Source.MANUAL, received, objective, Priority.NORMAL,
                "note"));
    }
}
