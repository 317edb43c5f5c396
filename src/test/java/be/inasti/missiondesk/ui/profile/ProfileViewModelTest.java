package be.inasti.missiondesk.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileViewModelTest {
    @TempDir
    Path folder;

    private Services services;
    private final List<Profile> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        services = TestServices.open(folder, DeskFixture.TODAY);
    }

    private ProfileViewModel model() {
        ProfileViewModel model = new ProfileViewModel(services.profile(), TaskRunner.direct(),
                new Messages(Locale.FRENCH), "vrenard", saved::add);
        model.load();
        return model;
    }

    @Test
    void withNoProfileTheLoginOfferedIsWhoIsWorkingAndNoOfficeIsChosenForHer() {
        ProfileViewModel model = model();

        assertThat(model.fields().login().get()).isEqualTo("vrenard");
        assertThat(model.fields().office().get()).isNull();
        assertThat(model.canSaveBinding().get()).isFalse();
    }

    @Test
    void aSavedProfileIsKeptHandedOnAndShownNextTime() {
        ProfileViewModel model = model();
        model.fields().office().set(Office.NAMUR);
        model.fields().role().set(Role.INSPECTOR);
        assertThat(model.canSaveBinding().get()).isTrue();

        model.save();

        Profile namur = new Profile("vrenard", Office.NAMUR, Role.INSPECTOR);
        assertThat(saved).containsExactly(namur);
        assertThat(services.profile().profile()).contains(namur);
        assertThat(model().fields().office().get()).isEqualTo(Office.NAMUR);
    }

    @Test
    void aLoginThatIsNoLoginIsRefusedInWordsAndNothingIsSaved() {
        ProfileViewModel model = model();
        model.fields().login().set("=cmd|x");
        model.fields().office().set(Office.NAMUR);

        model.save();

        assertThat(model.work().errorProperty().get()).contains("=cmd|x").contains("identifiant");
        assertThat(saved).isEmpty();
        assertThat(services.profile().profile()).isEmpty();
    }
}
