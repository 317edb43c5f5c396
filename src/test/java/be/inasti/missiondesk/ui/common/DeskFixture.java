package be.inasti.missiondesk.ui.common;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.identity.Bce;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Subject;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.workflow.NewMission;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A seeded database for the window's tests: demo missions of other agents, and three missions of the test user
 * ("tester") in known states on Monday 23 November 2026.
 */
public final class DeskFixture {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final Niss MARIE = Niss.withCheckDigits("850730033", false);
    public static final Niss LUC = Niss.withCheckDigits("900215123", false);
    public static final Bce GARAGE = Bce.withCheckDigits("02032013");

    public final Services services;
    /** Titres-services, received 10 Nov: CNH 4-01 due 30 Nov, on track. */
    public final Mission maternity;
    /** Information request, received 20 Oct: VOB 4-01 due 19 Nov, overdue. */
    public final Mission information;
    /** Control of a company, received 1 Sep: ECL 5-01 due 30 Nov, at risk. */
    public final Mission control;

    private DeskFixture(Services services) {
        this.services = services;
        services.profile().save(new Profile("tester", Office.NAMUR, Role.CASEWORKER));
        maternity = open(MissionType.TITRES_SERVICES, Subject.person(MARIE, "Marie Dupont"), "2026-11-10", null);
        information = open(MissionType.INFO_REQUEST, Subject.person(LUC, "Luc Renard"), "2026-10-20", "VOB 4-01");
        control = open(MissionType.of("ECL_CONTROL"), Subject.company(GARAGE, "Garage Lambert"), "2026-09-01", "VOB");
    }

    /** Only the test user's three missions. */
    public static DeskFixture mine(Path folder) {
        return new DeskFixture(TestServices.open(folder, TODAY));
    }

    /** The test user's missions among {@code demo} demo missions of the offices' agents. */
    public static DeskFixture seeded(Path folder, int demo) {
        Services services = TestServices.open(folder, TODAY);
        services.demo().generate(demo, 7, Progress.NONE);
        return new DeskFixture(services);
    }

    private Mission open(MissionType type, Subject subject, String received, String objective) {
        return services.missions().open(new NewMission(type, Office.NAMUR, "tester", subject, Source.MANUAL,
                LocalDate.parse(received), objective, Priority.NORMAL, "note of " + subject.name()));
    }
}
