package io.rugdesk.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrategyCatalogTest {

    private final StrategyCatalog catalog = StrategyCatalog.builtIn();

    private static AccountView flat() {
        return new AccountView(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                -1, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static AccountView holding(String qty, String avgCost) {
        return new AccountView(BigDecimal.TEN, new BigDecimal(qty), new BigDecimal(avgCost),
                new BigDecimal(qty).multiply(new BigDecimal(avgCost)), BigDecimal.ZERO, -1, BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    private static TickView view(int tick, String price, AccountView account) {
        return new TickView("g", Phase.ACTIVE, tick, List.of(new BigDecimal(price)), account);
    }

    @Test
    void knowsTheBuiltInsByName() {
        assertThat(catalog.all()).extracting(StrategyFactory::name)
                .containsExactly("fixed-ticks", "take-profit", "sidebet-every", "noop");
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> catalog.configure("fixed-tick", Map.of()))
                .hasMessage("unknown strategy 'fixed-tick' (known: fixed-ticks, take-profit, sidebet-every, noop)");
        assertThatThrownBy(() -> catalog.configure("fixed-ticks", Map.of("buytick", "3")))
                .hasMessageStartingWith("strategy fixed-ticks has no parameter 'buytick' (its parameters: buyTick,");
        assertThatThrownBy(() -> catalog.configure("fixed-ticks", Map.of("amount", "0.1x")))
                .hasMessage("strategy fixed-ticks: parameter amount must be a positive amount of SOL with at most"
                        + " 9 decimals, not '0.1x'");
        assertThatThrownBy(() -> catalog.configure("fixed-ticks", Map.of("sellPercent", "101")))
                .hasMessageContaining("parameter sellPercent must be a whole percent from 1 to 100, not '101'");
        assertThatThrownBy(() -> catalog.configure("fixed-ticks", Map.of("sellPercent", "0")))
                .isInstanceOf(StrategyConfigException.class);
        assertThatThrownBy(() -> catalog.configure("fixed-ticks", Map.of("buyTick", "-1")))
                .hasMessageContaining("parameter buyTick must be a whole number of ticks");
        assertThatThrownBy(() -> catalog.configure("fixed-ticks", Map.of("buyTick", "40", "sellTick", "40")))
                .hasMessage("strategy fixed-ticks: sellTick (40) must be after buyTick (40)");
        assertThatThrownBy(() -> catalog.configure("take-profit", Map.of("target", "0.9")))
                .hasMessageContaining("target must be above 1");
        assertThatThrownBy(() -> catalog.configure("noop", Map.of("x", "1")))
                .hasMessage("strategy noop has no parameter 'x' (its parameters: none)");
    }

    @Test
    void reportsTheEffectiveParametersInDeclarationOrder() {
        StrategyCatalog.ConfiguredStrategy setup = catalog.configure("fixed-ticks",
                Map.of("sidebetTick", "5", "buyTick", "10"));
        assertThat(setup.parameters().asText()).containsExactly(Map.entry("buyTick", "10"),
                Map.entry("amount", "0.1"), Map.entry("sellTick", "40"), Map.entry("sellPercent", "100"),
                Map.entry("sidebetTick", "5"), Map.entry("sidebetAmount", "0.01"));
    }

    @Test
    void fixedTicksBuysSellsAndBetsOnceAtTheFirstTicksAtOrAfterItsTicks() {
        Strategy s = catalog.configure("fixed-ticks", Map.of("buyTick", "10", "sellTick", "40", "sidebetTick", "5"))
                .newInstance(new Random(1));
        s.onGameStart(new GameStart("g", 0, false, flat()));
        List<String> seen = new ArrayList<>();
        AccountView account = flat();
        for (int tick : new int[] {0, 4, 7, 9, 12, 13, 39, 41, 42}) {
            for (Intent intent : s.onTick(view(tick, "1.1", account))) {
                seen.add(tick + " " + intent.kind());
                if (intent.kind() == Intent.Kind.BUY) {
                    account = holding("0.09", "1.1");
                }
            }
        }
        assertThat(seen).containsExactly("7 SIDEBET", "12 BUY", "41 SELL");
    }

    @Test
    void fixedTicksJoinedLateBuysSellsAndBetsOnItsFirstTick() {
        Strategy s = catalog.configure("fixed-ticks", Map.of("sidebetTick", "5")).newInstance(new Random(1));
        s.onGameStart(new GameStart("g", 50, true, flat()));
        assertThat(s.onTick(view(50, "1.1", flat()))).extracting(Intent::kind)
                .containsExactly(Intent.Kind.BUY, Intent.Kind.SELL, Intent.Kind.SIDEBET);
    }

    @Test
    void takeProfitSellsAtTheTargetTheStopOrAfterMaxHold() {
        Strategy s = catalog.configure("take-profit", Map.of("buyTick", "2", "target", "1.5", "stop", "0.5",
                "maxHold", "10")).newInstance(new Random(1));
        s.onGameStart(new GameStart("g", 0, false, flat()));
        assertThat(s.onTick(view(2, "1", flat()))).extracting(Intent::kind).containsExactly(Intent.Kind.BUY);
        AccountView held = holding("0.1", "1");
        assertThat(s.onTick(view(3, "1.49", held))).isEmpty();
        assertThat(s.onTick(view(4, "1.5", held))).extracting(Intent::reason).containsExactly("target reached");
        s.onGameStart(new GameStart("h", 0, false, flat()));
        s.onTick(view(2, "1", flat()));
        assertThat(s.onTick(view(3, "0.5", held))).extracting(Intent::reason).containsExactly("stop reached");
        s.onGameStart(new GameStart("i", 0, false, flat()));
        s.onTick(view(2, "1", flat()));
        assertThat(s.onTick(view(11, "1", held))).isEmpty();
        assertThat(s.onTick(view(12, "1", held))).extracting(Intent::reason).containsExactly("held 10 ticks");
    }

    @Test
    void sidebetEveryBetsAgainWhenTheWindowIsOverAtMostCountTimes() {
        Strategy s = catalog.configure("sidebet-every", Map.of("start", "3", "count", "2"))
                .newInstance(new Random(1));
        s.onGameStart(new GameStart("g", 0, false, flat()));
        AccountView open = new AccountView(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("0.01"), 43, BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(s.onTick(view(2, "1", flat()))).isEmpty();
        assertThat(s.onTick(view(3, "1", flat()))).hasSize(1);
        assertThat(s.onTick(view(4, "1", open))).isEmpty();
        assertThat(s.onTick(view(44, "1", flat()))).hasSize(1);
        assertThat(s.onTick(view(90, "1", flat()))).isEmpty();
    }

    @Test
    void intentsRejectNonsense() {
        assertThatThrownBy(() -> Intent.sell(0, "x")).hasMessageContaining("sell percent must be a whole number");
        assertThatThrownBy(() -> Intent.sell(101, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Intent.buy(new BigDecimal("-1"), "x")).hasMessageContaining("buy amount");
        assertThatThrownBy(() -> Intent.sidebet(null, "x")).hasMessageContaining("sidebet amount");
    }

    @Test
    void theViewValuesThePositionAtTheTickPrice() {
        AccountView account = new AccountView(new BigDecimal("9.9"), new BigDecimal("0.096217821"),
                new BigDecimal("1.039308504"), new BigDecimal("0.1"), BigDecimal.ZERO, -1, new BigDecimal("-0.01"),
                new BigDecimal("0.5"));
        TickView v = view(40, "1.2", account);
        // -0.01 + floor9(0.096217821 × 1.2 = 0.1154613852) - 0.1
        assertThat(v.gamePnl()).isEqualByComparingTo("0.005461385");
        assertThat(v.sessionPnl()).isEqualByComparingTo("0.505461385");
    }
}
