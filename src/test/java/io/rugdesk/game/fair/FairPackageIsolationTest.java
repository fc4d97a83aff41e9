package io.rugdesk.game.fair;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The fair model is shared with the simulator: it may depend on nothing but the JDK and itself. */
class FairPackageIsolationTest {

    @Test
    void dependsOnlyOnJavaAndItself() {
        classes().that().resideInAPackage("io.rugdesk.game.fair")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.rugdesk.game.fair")
                .because("the simulator and the client share it; it must stay free of either side")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.rugdesk.game.fair"));
    }
}
