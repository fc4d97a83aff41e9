package io.rugdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of design.md §2, enforced. */
class PackageRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.rugdesk");
    }

    private static void check(String pkg, String... forbidden) {
        ArchRule rule = noClasses().that().resideInAPackage("io.rugdesk." + pkg + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because("design.md §2 says " + pkg + " may not import these");
        rule.check(classes);
    }

    private static final String SWING = "javax.swing..";
    private static final String AWT = "java.awt..";
    private static final String SOCKET_IO = "io.socket..";
    private static final String JETTY = "org.eclipse.jetty..";

    @Test
    void protocolDependsOnNothingBelowItNorOnTransport() {
        check("protocol", SWING, AWT, SOCKET_IO, JETTY, "io.rugdesk.feed..", "io.rugdesk.game..",
                "io.rugdesk.trading..", "io.rugdesk.verify..", "io.rugdesk.recording..", "io.rugdesk.sim..",
                "io.rugdesk.ui..", "io.rugdesk.app..");
    }

    @Test
    void eventBusHasNoSwing() {
        check("event", SWING, AWT, "io.rugdesk.ui..", "io.rugdesk.sim..", "io.rugdesk.app..");
    }

    @Test
    void feedKnowsNeitherUiNorSimulator() {
        check("feed", SWING, AWT, "io.rugdesk.ui..", "io.rugdesk.sim..", "io.rugdesk.app..");
    }

    @Test
    void gameIsPureDomain() {
        check("game", SWING, AWT, SOCKET_IO, JETTY, "io.rugdesk.feed..", "io.rugdesk.sim..", "io.rugdesk.ui..",
                "io.rugdesk.app..");
    }

    @Test
    void tradingHasNoSwingNorSimulator() {
        check("trading", SWING, AWT, "io.rugdesk.sim..", "io.rugdesk.ui..", "io.rugdesk.app..");
    }

    @Test
    void verifyHasNoSwingFeedNorSimulator() {
        check("verify", SWING, AWT, "io.rugdesk.feed..", "io.rugdesk.sim..", "io.rugdesk.ui..", "io.rugdesk.app..");
    }

    @Test
    void recordingHasNoSwingNorSimulator() {
        check("recording", SWING, AWT, "io.rugdesk.sim..", "io.rugdesk.ui..", "io.rugdesk.app..");
    }

    /**
     * The simulator is the server's truth in tests: it must not reuse the client's accounting or verifier, or
     * the verifier would compare the code with itself. It may share the wire records and the fair price model.
     */
    @Test
    void simulatorHasItsOwnAccounting() {
        check("sim", SWING, AWT, "io.rugdesk.ui..", "io.rugdesk.feed..", "io.rugdesk.verify..",
                "io.rugdesk.trading..", "io.rugdesk.recording..", "io.rugdesk.app..");
        noClasses().that().resideInAPackage("io.rugdesk.sim..")
                .should().dependOnClassesThat().resideInAPackage("io.rugdesk.game")
                .because("the simulator may only share the provably-fair model (io.rugdesk.game.fair)")
                .check(classes);
    }

    @Test
    void uiDoesNotKnowTheSimulator() {
        check("ui", "io.rugdesk.sim..", SOCKET_IO, JETTY);
    }

    @Test
    void domainCodeNeverUsesFloatingPointMoney() {
        // io.rugdesk.game.fair is excluded: the provably-fair price model IS IEEE-754 arithmetic (the server
        // computes it in JavaScript doubles); its prices become BigDecimal where they meet money.
        noClasses().that().resideInAnyPackage("io.rugdesk.game", "io.rugdesk.verify..", "io.rugdesk.trading..",
                        "io.rugdesk.protocol..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.lang.Double")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Float")
                .because("money is BigDecimal everywhere (design.md §4)")
                .check(classes);
    }
}
