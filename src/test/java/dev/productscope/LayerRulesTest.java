package dev.productscope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer table of ARCHITECTURE.md: a wrong import fails the build, not a review. */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.productscope");
    }

    private static String layer(String name) {
        return "dev.productscope." + name + "..";
    }

    private static void check(String layer, String... forbidden) {
        String[] packages = new String[forbidden.length];
        for (int i = 0; i < forbidden.length; i++) {
            packages[i] = forbidden[i].startsWith("javafx") ? forbidden[i] : layer(forbidden[i]);
        }
        ArchRule rule = noClasses().that().resideInAPackage(layer(layer))
                .should().dependOnClassesThat().resideInAnyPackage(packages)
                .because("ARCHITECTURE.md: data flows one way, and only ui touches JavaFX")
                // A layer not written yet has no classes; the rule bites as soon as it has.
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void modelImportsNothingOfOursAndNoJavaFx() {
        check("model", "analysis", "catalog", "io", "render", "edit", "ui", "cli", "javafx..");
        noClasses().that().resideInAPackage(layer("model"))
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.jgrapht..", "picocli..")
                .check(classes);
    }

    @Test
    void analysisImportsOnlyTheModel() {
        check("analysis", "catalog", "io", "render", "edit", "ui", "cli", "javafx..");
    }

    @Test
    void catalogImportsOnlyModelAndAnalysis() {
        check("catalog", "io", "render", "edit", "ui", "cli", "javafx..");
    }

    @Test
    void ioNeverTouchesEditingUiOrCommandLine() {
        check("io", "edit", "ui", "cli", "javafx..");
    }

    @Test
    void renderImportsOnlyModelAndAnalysis() {
        check("render", "catalog", "io", "edit", "ui", "cli", "javafx..");
    }

    @Test
    void editImportsOnlyTheModel() {
        check("edit", "analysis", "catalog", "io", "render", "ui", "cli", "javafx..");
    }

    @Test
    void commandLineNeverImportsTheUiOrJavaFx() {
        check("cli", "ui", "javafx..");
    }

    @Test
    void onlyTheUiAndTheLauncherUseJavaFx() {
        noClasses().that().resideOutsideOfPackages(layer("ui"))
                .and().doNotHaveFullyQualifiedName("dev.productscope.Launcher")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }
}
