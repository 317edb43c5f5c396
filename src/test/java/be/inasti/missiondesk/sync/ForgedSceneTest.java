package be.inasti.missiondesk.sync;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Mission;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A central office holding a mission of Namur and one of Wavre, and a forger of batches from the Wavre desk. */
abstract class ForgedSceneTest {
    @TempDir
    Path folder;

    Services central;
    Mission namurMission;
    Mission wavreMission;
    Forge forge;
    Forge.Scene scene;

    @BeforeEach
    void aCentreHoldingAMissionOfNamurAndOneOfWavre() {
        scene = Forge.Scene.in(folder);
        central = scene.central();
        namurMission = scene.namurMission();
        wavreMission = scene.wavreMission();
        forge = scene.forge();
    }
}
