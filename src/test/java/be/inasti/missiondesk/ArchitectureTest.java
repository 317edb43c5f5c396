package be.inasti.missiondesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** The packages show the architecture; these rules keep it so. */
@AnalyzeClasses(packages = "be.inasti.missiondesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("Launcher").definedBy("be.inasti.missiondesk")
            .layer("Cli").definedBy("..missiondesk.cli..")
            .layer("Ui").definedBy("..missiondesk.ui..")
            .layer("App").definedBy("..missiondesk.app..")
            .layer("Sync").definedBy("..missiondesk.sync..")
            .layer("Flows").definedBy("..missiondesk.flows..")
            .layer("Store").definedBy("..missiondesk.store..")
            .layer("Rules").definedBy("..missiondesk.rules..")
            .layer("Domain").definedBy("..missiondesk.domain..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Launcher", "Cli", "Ui")
            .whereLayer("Sync").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Flows").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "Sync", "Flows")
            .whereLayer("Rules").mayNotBeAccessedByAnyLayer()
            .whereLayer("Rules").mayOnlyAccessLayers("Domain")
            .whereLayer("Cli").mayOnlyAccessLayers("App", "Domain")
            .whereLayer("Ui").mayOnlyAccessLayers("App", "Domain")
            .because("app is the one door: the window and the command line reach the store, sync and flows "
                    + "only through the application services; domain ← store ← sync/flows ← app ← ui/cli ← launcher; the rule files' reader (rules) is found "
                    + "by the domain at run time, like a JDBC driver, and nothing names it");

    /** Every package is a slice, but jOOQ's generated schema, whose tables and records name each other, is one. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        private static final String GENERATED = "be.inasti.missiondesk.store.schema";

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("be.inasti.missiondesk")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(name.startsWith(GENERATED) ? GENERATED : name);
        }

        @Override
        public String getDescription() {
            return "the packages of MissionDesk";
        }
    };

    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(PACKAGES).should().beFreeOfCycles()
            .because("a package that needs another which needs it back cannot be read, tested or moved alone");

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("..missiondesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                    "com.fasterxml..", "picocli..", "org.flywaydb..", "org.sqlite..")
            .because("the institute's rules must be testable and reusable without a window or a database");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models hold state and rules and are tested without a window");

    @ArchTest
    static final ArchRule sqlStaysInTheStore = noClasses().that().resideOutsideOfPackages("..missiondesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.flywaydb..")
            .because("queries live in the store; the rest of the application speaks in domain terms");

    @ArchTest
    static final ArchRule noConsoleOutsideTheCommandLine = noClasses().that()
            .resideOutsideOfPackages("..missiondesk.cli..", "..missiondesk.ui.shell")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("commands print through picocli's writers; the rest reports through return values");

    @ArchTest
    static final ArchRule noSwing = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.awt..", "javax.swing..")
            .because("the window is JavaFX");
}
