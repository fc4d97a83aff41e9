package io.rugdesk.arch;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of design.md §2, enforced as allow-lists: each package names what it MAY use, so a new
 * dependency is a decision made here, not an accident. Rows for packages that do not exist yet (exchange,
 * strategy, risk, backtest) already hold: an empty package passes.
 */
class PackageRulesTest {

    private static final String BASE = "io.rugdesk.";
    private static final String SWING = "javax.swing..";
    private static final String AWT = "java.awt..";
    private static final String SOCKET_IO_CLIENT = "io.socket.client..";
    private static final String SOCKET_IO_SERVER = "io.socket.socketio.server..";
    private static final String ENGINE_IO_SERVER = "io.socket.engineio.server..";
    private static final String JETTY = "org.eclipse.jetty..";

    /**
     * Money code: every package that holds, computes or carries SOL amounts, quantities or prices. The game's
     * accounting is {@code io.rugdesk.game} itself; {@code io.rugdesk.game.fair} is left out on purpose: the
     * provably-fair price model is a bit-exact port of the server's JavaScript (IEEE-754 doubles and the
     * seedrandom generator), and its prices become BigDecimal where they meet money.
     */
    private static final String[] MONEY_CODE = {"io.rugdesk.game", "io.rugdesk.verify..", "io.rugdesk.trading..",
        "io.rugdesk.protocol..", "io.rugdesk.exchange..", "io.rugdesk.strategy..", "io.rugdesk.risk..",
        "io.rugdesk.backtest..", "io.rugdesk.bot.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.rugdesk");
    }

    /**
     * design.md §2 as an allow-list between the project's packages. "game" is the accounting and phases
     * ({@code io.rugdesk.game} alone), "fair" the price model ({@code io.rugdesk.game.fair}); a package in no
     * layer (a new one) is not checked until it gets its row.
     */
    @Test
    void eachPackageUsesOnlyWhatItsRowAllows() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("event").definedBy(BASE + "event..")
                .layer("platform").definedBy(BASE + "platform..")
                .layer("protocol").definedBy(BASE + "protocol..")
                .layer("fair").definedBy(BASE + "game.fair..")
                .layer("game").definedBy(BASE + "game")
                .layer("feed").definedBy(BASE + "feed..")
                .layer("trading").definedBy(BASE + "trading..")
                .layer("verify").definedBy(BASE + "verify..")
                .layer("recording").definedBy(BASE + "recording..")
                .layer("exchange").definedBy(BASE + "exchange..")
                .layer("strategy").definedBy(BASE + "strategy..")
                .layer("risk").definedBy(BASE + "risk..")
                .layer("backtest").definedBy(BASE + "backtest..")
                .layer("bot").definedBy(BASE + "bot..")
                .layer("sim").definedBy(BASE + "sim..")
                .layer("ui").definedBy(BASE + "ui..")
                .layer("app").definedBy(BASE + "app..")

                .whereLayer("event").mayNotAccessAnyLayer()
                // the platform's usual folders: a pure function of OS name, environment and home
                .whereLayer("platform").mayNotAccessAnyLayer()
                .whereLayer("protocol").mayOnlyAccessLayers("event")
                .whereLayer("fair").mayNotAccessAnyLayer()
                .whereLayer("game").mayOnlyAccessLayers("event", "protocol", "fair")
                .whereLayer("feed").mayOnlyAccessLayers("event", "protocol", "game")
                .whereLayer("trading").mayOnlyAccessLayers("event", "protocol", "game", "fair", "feed")
                .whereLayer("verify").mayOnlyAccessLayers("event", "protocol", "game", "fair", "trading")
                .whereLayer("recording")
                .mayOnlyAccessLayers("event", "protocol", "game", "fair", "feed", "trading", "verify", "platform")
                // the server's rules without sockets: not the client's accounting, orders, verifier or feed
                .whereLayer("exchange").mayOnlyAccessLayers("event", "protocol", "fair")
                .whereLayer("strategy").mayOnlyAccessLayers("event", "protocol", "game", "fair", "exchange")
                .whereLayer("risk").mayOnlyAccessLayers("event", "protocol", "game", "fair", "exchange", "strategy",
                        "trading")
                .whereLayer("backtest").mayOnlyAccessLayers("event", "protocol", "game", "fair", "exchange",
                        "strategy", "risk", "recording")
                // a strategy on a live feed: the backtest's runner and report, paper fills by the exchange
                .whereLayer("bot").mayOnlyAccessLayers("event", "protocol", "game", "fair", "feed", "trading",
                        "exchange", "strategy", "risk", "backtest")
                // the server's truth in tests: its own accounting (exchange), never the client's
                .whereLayer("sim").mayOnlyAccessLayers("protocol", "fair", "exchange")
                // a true port: the app hands it snapshots and takes its commands
                .whereLayer("ui").mayNotAccessAnyLayer()
                .whereLayer("app").mayOnlyAccessLayers("event", "platform", "protocol", "fair", "game", "feed",
                        "trading", "verify", "recording", "exchange", "strategy", "risk", "backtest", "bot", "sim",
                        "ui")
                .because("design.md §2: what each package may use")
                .check(classes);
    }

    /** No two packages lean on each other, directly or round a loop: each can be understood from below. */
    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.rugdesk.(*)..").should().beFreeOfCycles()
                .because("a cycle makes two packages one; design.md §2 orders them")
                .check(classes);
    }

    @Test
    void onlyTheWindowAndTheAppUseSwingOrAwt() {
        noClasses().that().resideOutsideOfPackages(BASE + "ui..", BASE + "app..")
                .should().dependOnClassesThat().resideInAnyPackage(SWING, AWT)
                .because("design.md §2: no Swing/AWT outside ui and app")
                .check(classes);
    }

    @Test
    void onlyTheFeedSpeaksSocketIoAndOnlyTheSimulatorServesIt() {
        noClasses().that().resideOutsideOfPackage(BASE + "feed..")
                .should().dependOnClassesThat().resideInAnyPackage(SOCKET_IO_CLIENT)
                .because("the feed owns the connection (design.md §1)")
                .check(classes);
        noClasses().that().resideOutsideOfPackage(BASE + "sim..")
                .should().dependOnClassesThat().resideInAnyPackage(SOCKET_IO_SERVER, ENGINE_IO_SERVER, JETTY)
                .because("only the embedded simulator is a server")
                .check(classes);
    }

    /** A strategy is a deterministic function of what it saw: no I/O and no clock of its own (design.md §2). */
    @Test
    void strategiesHaveNoIoAndNoWallClock() {
        noClasses().that().resideInAPackage(BASE + "strategy..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().callMethodWhere(readsTheWallClock())
                .allowEmptyShould(true)
                .because("a strategy sees time only through the ticks it is given")
                .check(classes);
    }

    /**
     * Money is BigDecimal (design.md §4). ArchUnit sees types and calls, not the arithmetic inside a method, so
     * the rule closes every door a floating-point value could come in or out by: boxed Double/Float, fields,
     * parameters and return types of double/float, calls of methods that take or return one (Math,
     * Random.nextDouble, BigDecimal.doubleValue, BigDecimal.valueOf(double)…), and constructors that take one
     * (new BigDecimal(double)). What it cannot see: a double local made from
     * literals or from a cast of an integer, used only inside one method (it can leave that method only through
     * one of the doors above, or as a comparison or a String).
     */
    @Test
    void moneyCodeNeverUsesFloatingPoint() {
        moneyRules(MONEY_CODE).forEach(rule -> rule.allowEmptyShould(true).check(classes));
    }

    /** The money rules can fail: each of them finds its door in a class made to use doubles. */
    @Test
    void theMoneyRulesCatchPrimitiveDoubles() {
        JavaClasses floating = new ClassFileImporter().importClasses(FloatingPointMoney.class);
        List<ArchRule> rules = moneyRules(FloatingPointMoney.class.getPackageName());
        assertThat(rules).hasSize(3).allSatisfy(rule ->
                assertThatThrownBy(() -> rule.check(floating)).isInstanceOf(AssertionError.class));
        assertThatThrownBy(() -> rules.get(0).check(floating)).hasMessageContaining("Math.floor")
                .hasMessageContaining("BigDecimal.valueOf(double)");
        assertThatThrownBy(() -> rules.get(1).check(floating)).hasMessageContaining("price");
        assertThatThrownBy(() -> rules.get(2).check(floating)).hasMessageContaining("fee(double)");
    }

    /**
     * Money is BigDecimal (design.md §4). ArchUnit sees types and calls, not the arithmetic inside a method, so
     * the rules close every door a floating-point value could come in or out by: boxed Double/Float, calls of
     * methods that take or return one (Math, Random.nextDouble, BigDecimal.doubleValue,
     * BigDecimal.valueOf(double)…), constructors that take one (new BigDecimal(double)), fields, and
     * parameters and return types of double/float. What they cannot see: a double local made from literals or
     * from a cast of an integer and used only inside one method (it can leave that method only through one of
     * the doors above, or as a comparison or a String).
     */
    static List<ArchRule> moneyRules(String... packages) {
        String because = "money is BigDecimal everywhere (design.md §4)";
        return List.of(
                noClasses().that().resideInAnyPackage(packages)
                        .should().dependOnClassesThat().haveFullyQualifiedName("java.lang.Double")
                        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Float")
                        .orShould().callMethodWhere(takesOrReturnsFloatingPoint())
                        .orShould().callConstructorWhere(takesFloatingPoint())
                        .because(because),
                noFields().that().areDeclaredInClassesThat().resideInAnyPackage(packages)
                        .should().haveRawType(double.class).orShould().haveRawType(float.class)
                        .because(because),
                noCodeUnits().that().areDeclaredInClassesThat().resideInAnyPackage(packages)
                        .should(takeOrReturnFloatingPoint())
                        .because(because));
    }

    private static final Set<String> FLOATING = Set.of("double", "float");

    private static boolean floating(JavaClass type) {
        return FLOATING.contains(type.getName());
    }

    private static DescribedPredicate<JavaMethodCall> takesOrReturnsFloatingPoint() {
        return describe("a method that takes or returns a double or float",
                call -> floating(call.getTarget().getRawReturnType())
                        || call.getTarget().getRawParameterTypes().stream().anyMatch(PackageRulesTest::floating));
    }

    private static DescribedPredicate<JavaConstructorCall> takesFloatingPoint() {
        return describe("a constructor that takes a double or float",
                call -> call.getTarget().getRawParameterTypes().stream().anyMatch(PackageRulesTest::floating));
    }

    private static DescribedPredicate<JavaMethodCall> readsTheWallClock() {
        return describe("System.currentTimeMillis/nanoTime or a java.time now()", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"))
                    || owner.startsWith("java.time.") && name.equals("now");
        });
    }

    private static ArchCondition<JavaCodeUnit> takeOrReturnFloatingPoint() {
        return new ArchCondition<>("take or return double or float") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                boolean parameter = unit.getRawParameterTypes().stream().anyMatch(PackageRulesTest::floating);
                boolean result = floating(unit.getRawReturnType());
                // under noCodeUnits() an event that holds is the violation: report every unit, true when it does
                events.add(new SimpleConditionEvent(unit, parameter || result, unit.getFullName() + " "
                        + (parameter ? "takes" : result ? "returns" : "neither takes nor returns")
                        + " a floating-point value in " + unit.getSourceCodeLocation()));
            }
        };
    }
}
