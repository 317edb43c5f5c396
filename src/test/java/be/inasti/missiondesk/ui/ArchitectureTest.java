package be.inasti.missiondesk.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The window's rules, checked on the production classes. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.inasti.missiondesk");

    @Test
    void viewModelsNeverTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("view models are tested without a window; views bind to them")
                .check(CLASSES);
    }

    @Test
    void onlyTheLauncherOfTheWindowPrintsToStandardOutput() {
        noClasses().that().resideInAPackage("be.inasti.missiondesk.ui..")
                .and().doNotHaveFullyQualifiedName(DesktopApp.class.getName())
                .should().accessField(System.class, "out")
                .because("the window reports to its user on screen; only 'ready in N ms' goes to stdout")
                .check(CLASSES);
    }

    @Test
    void todayComesFromTheInjectedClock() {
        noClasses().that().resideInAPackage("be.inasti.missiondesk.ui..")
                .should().callMethod(LocalDate.class, "now")
                .because("countdowns must follow services.clock(), which tests and --today set")
                .check(CLASSES);
    }

    @Test
    void nothingInTheWindowSetsStylesFromJava() {
        noClasses().that().resideInAPackage("be.inasti.missiondesk.ui..")
                .should().callMethod(javafx.scene.Node.class, "setStyle", String.class)
                .because("colours come from AtlantaFX tokens in the stylesheet, by pseudo-class")
                .check(CLASSES);
    }
}
