package io.rugdesk.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.backtest.GameResult;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.ManualTimer;
import io.rugdesk.event.Stamp;
import io.rugdesk.feed.Disconnected;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.Phase;
import io.rugdesk.game.TickObserved;
import io.rugdesk.risk.RequestEmergencyStop;
import io.rugdesk.risk.RiskControl;
import io.rugdesk.risk.RiskLimits;
import io.rugdesk.risk.RiskReason;
import io.rugdesk.risk.RiskSettings;
import io.rugdesk.strategy.Intent;
import io.rugdesk.strategy.Strategy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The runner on a direct bus with hand-made game events and the paper route: fills at the decision tick's price
 * (checked against floor9 arithmetic written out here), the guard in front of automatic orders within the game,
 * the emergency stop, bad strategies stopped with their reason while the games are still settled, and no action
 * on stale or repeated ticks.
 */
class StrategyRunnerTest {

    private final List<EventBus.Failure> failures = new ArrayList<>();
    private final EventBus bus = EventBus.direct(failures::add);
    private final List<Object> events = new ArrayList<>();
    private final ManualTimer timer = new ManualTimer(1_765_000_000_000L);
    private final PaperRoute paper = new PaperRoute(new BigDecimal("10"));
    private final List<GameResult> finished = new ArrayList<>();
    private StrategyRunner runner;
    private long seq;
    private String game;

    @AfterEach
    void noSubscriberFailed() {
        assertThat(failures).isEmpty();
    }

    private Stamp stamp() {
        return new Stamp(++seq, timer.millis());
    }

    private void run(Strategy strategy, RiskLimits limits) {
        bus.subscribe(Object.class, events::add);
        RiskControl risk = new RiskControl(bus, new RiskSettings(limits, true), paper::book, timer.clock(), null,
                RiskControl.Mode.ROUTED);
        risk.start();
        runner = new StrategyRunner(bus, "scripted", strategy, paper, risk, "test", finished::add);
    }

    /** Buys, sells and bets on the ticks given. */
    private static Strategy scripted(Map<Integer, List<Intent>> byTick) {
        return view -> byTick.getOrDefault(view.tick(), List.of());
    }

    private void start(String id) {
        game = id;
        bus.publish(new GameStarted(stamp(), id, 0, false, "hash"));
    }

    private void tick(int tick, String price) {
        bus.publish(new TickObserved(stamp(), game, tick, new BigDecimal(price), Phase.ACTIVE));
    }

    private void rug(int tick, String price) {
        bus.publish(new GameEnded(stamp(), game, GameEnded.Reason.RUGGED, tick, new BigDecimal(price)));
    }

    private static BigDecimal floor9(BigDecimal value) {
        return value.setScale(9, RoundingMode.DOWN);
    }

    private <E> List<E> all(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void fillsAtThePriceOfTheDecisionTickByTheExchangeRules() {
        run(scripted(Map.of(2, List.of(Intent.buy(new BigDecimal("0.1"), "in")),
                4, List.of(Intent.sell(100, "out")),
                5, List.of(Intent.sidebet(new BigDecimal("0.01"), "bet")))), RiskLimits.NONE);
        start("g1");
        tick(1, "1.2");
        tick(2, "1.5");
        tick(3, "1.7");
        tick(4, "2");
        tick(5, "1.9");
        rug(20, "0.01");
        BigDecimal qty = floor9(new BigDecimal("0.1").divide(new BigDecimal("1.5"), 20, RoundingMode.DOWN));
        BigDecimal proceeds = floor9(qty.multiply(new BigDecimal("2")));
        BigDecimal expected = proceeds.subtract(new BigDecimal("0.1"))
                .add(new BigDecimal("0.01").multiply(BigDecimal.valueOf(5))).subtract(new BigDecimal("0.01"));
        assertThat(qty).isEqualByComparingTo("0.066666666");
        assertThat(finished).hasSize(1);
        assertThat(finished.get(0).pnl()).isEqualByComparingTo(expected);
        assertThat(finished.get(0).fills()).isEqualTo(2);
        assertThat(finished.get(0).sidebetsWon()).isEqualTo(1);
        assertThat(paper.cash()).isEqualByComparingTo(new BigDecimal("10").add(expected));
        assertThat(all(StrategyDecided.class)).extracting(StrategyDecided::tick, StrategyDecided::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "FILLED"),
                        org.assertj.core.groups.Tuple.tuple(4, "FILLED"),
                        org.assertj.core.groups.Tuple.tuple(5, "FILLED"));
    }

    @Test
    void aGameWhoseRugWasMissedIsSettledAtTheRugItsHistoryRevealsNotFailed() {
        run(scripted(Map.of(2, List.of(Intent.buy(new BigDecimal("0.05"), "in")))), RiskLimits.NONE);
        start("g1");
        tick(1, "1.1");
        tick(2, "1.25");
        bus.publish(new io.rugdesk.game.MissedRugRevealed(stamp(), "g1", 7, new BigDecimal("0.01972365")));
        bus.publish(new GameEnded(stamp(), "g1", GameEnded.Reason.ABANDONED, null, null));
        // floor9(0.04 × 0.01972365) − 0.05, tokens floor9(0.05 / 1.25) = 0.04
        BigDecimal expected = new BigDecimal("0.000788946").subtract(new BigDecimal("0.05"));
        assertThat(finished).singleElement().satisfies(game -> {
            assertThat(game.failed()).isNull();
            assertThat(game.pnl()).isEqualByComparingTo(expected);
            assertThat(game.rugTick()).isEqualTo(7);
        });
        assertThat(paper.cash()).isEqualByComparingTo(new BigDecimal("10").add(expected));
    }

    @Test
    void theSessionLossLimitStopsAnAutomaticBuyWithinTheGameInWhichItIsReached() {
        run(scripted(Map.of(1, List.of(Intent.buy(new BigDecimal("0.1"), "in")),
                2, List.of(Intent.sell(100, "out")),
                3, List.of(Intent.buy(new BigDecimal("0.1"), "again")))), RiskLimits.NONE
                .withMaxSessionLoss(new BigDecimal("0.05")));
        start("g1");
        tick(1, "1");
        tick(2, "0.4");    // sold 0.1 tokens for 0.04: −0.06
        tick(3, "0.5");
        StrategyDecided refused = all(StrategyDecided.class).get(2);
        assertThat(refused.outcome()).isEqualTo("REFUSED");
        assertThat(refused.detail()).isEqualTo(
                "Refused: the session loss limit of 0.05 SOL is reached (realised -0.06 SOL).");
        assertThat(paper.account().hasPosition()).isFalse();
        rug(9, "0.1");
        assertThat(finished.get(0).refusedByReason()).containsEntry(RiskReason.MAX_SESSION_LOSS.code(), 1);
    }

    @Test
    void theEmergencyStopSellsAtOnceAndStopsTheStrategy() {
        run(scripted(Map.of(1, List.of(Intent.buy(new BigDecimal("0.2"), "in")),
                3, List.of(Intent.buy(new BigDecimal("0.2"), "more")))), RiskLimits.NONE);
        start("g1");
        tick(1, "1");
        tick(2, "1.25");
        bus.publish(new RequestEmergencyStop(stamp(), "test"));
        assertThat(paper.account().hasPosition()).as("sold within the tick").isFalse();
        assertThat(paper.cash()).isEqualByComparingTo("10.05");   // 0.2 tokens × 1.25
        assertThat(all(StrategyStopped.class).get(0).reason()).isEqualTo("emergency stop: test");
        tick(3, "1.3");
        assertThat(all(StrategyDecided.class)).hasSize(1);   // not asked again
        rug(5, "0.1");
        assertThat(finished.get(0).pnl()).isEqualByComparingTo("0.05");
    }

    @Test
    void aStrategyThatThrowsIsStoppedWithTheReasonAndTheGameIsStillSettled() {
        run(view -> {
            if (view.tick() == 2) {
                throw new IllegalStateException("boom");
            }
            return view.tick() == 1 ? List.of(Intent.buy(new BigDecimal("0.1"), "in")) : List.of();
        }, RiskLimits.NONE);
        start("g1");
        tick(1, "1");
        tick(2, "1.1");
        tick(3, "1.2");
        rug(4, "0.5");
        assertThat(runner.stoppedWhy()).isEqualTo("the strategy failed: IllegalStateException: boom");
        assertThat(all(StrategyStopped.class)).hasSize(1);
        assertThat(finished.get(0).failed()).isEqualTo("IllegalStateException: boom");
        assertThat(finished.get(0).pnl()).isEqualByComparingTo("-0.05");   // left open, liquidated at the rug
        start("g2");
        tick(1, "1");
        rug(2, "0.5");
        assertThat(finished).hasSize(2);
        assertThat(finished.get(1).fills()).isZero();
    }

    @Test
    void nonsenseIntentsStopTheStrategy() {
        run(view -> List.of(Intent.buy(new BigDecimal("-1"), "negative")), RiskLimits.NONE);
        start("g1");
        tick(1, "1");
        assertThat(runner.stoppedWhy()).startsWith("the strategy failed: IllegalArgumentException: buy amount must be"
                + " a positive number of SOL");
        List<Intent> nulls = new ArrayList<>();
        nulls.add(null);
        StrategyRunnerTest other = new StrategyRunnerTest();
        other.run(view -> nulls, RiskLimits.NONE);
        other.start("g1");
        other.tick(1, "1");
        assertThat(other.runner.stoppedWhy()).isEqualTo("the strategy failed: IllegalArgumentException: the"
                + " strategy returned a null intent");
    }

    @Test
    void neverActsOnARepeatedOrLateTickAndPausesWhileDisconnected() {
        List<Integer> seen = new ArrayList<>();
        run(view -> {
            seen.add(view.tick());
            return List.of();
        }, RiskLimits.NONE);
        start("g1");
        tick(1, "1");
        tick(3, "1.1");
        tick(2, "1.05");   // late
        tick(3, "1.1");    // repeated
        bus.publish(new Disconnected(stamp(), "test"));
        assertThat(runner.paused()).isTrue();
        tick(4, "1.2");    // the first fresh tick after the resync
        assertThat(runner.paused()).isFalse();
        assertThat(seen).containsExactly(1, 3, 4);
    }

    @Test
    void everyKindOfNonsenseStopsTheStrategyWithItsReasonAndLeavesThePosition() {
        Map<String, java.util.function.Supplier<Intent>> nonsense = new java.util.LinkedHashMap<>();
        nonsense.put("sell percent must be a whole number from 1 to 100, was 0", () -> Intent.sell(0, "zero"));
        nonsense.put("sell percent must be a whole number from 1 to 100, was 101", () -> Intent.sell(101, "over"));
        nonsense.put("sidebet amount must be a positive number of SOL, was 0",
                () -> Intent.sidebet(BigDecimal.ZERO, "zero"));
        nonsense.put("Infinite or NaN", () -> Intent.buy(new BigDecimal(Double.NaN), "nan"));
        for (Map.Entry<String, java.util.function.Supplier<Intent>> bad : nonsense.entrySet()) {
            StrategyRunnerTest one = new StrategyRunnerTest();
            one.run(view -> view.tick() == 1 ? List.of(Intent.buy(new BigDecimal("0.1"), "in"))
                    : List.of(bad.getValue().get()), RiskLimits.NONE);
            one.start("g1");
            one.tick(1, "1");
            one.tick(2, "1.2");
            assertThat(one.runner.stoppedWhy()).as(bad.getKey()).startsWith("the strategy failed: ")
                    .contains(bad.getKey());
            assertThat(one.all(StrategyStopped.class)).singleElement()
                    .satisfies(stopped -> assertThat(stopped.reason()).contains(bad.getKey()));
            assertThat(one.paper.account().hasPosition()).as("the position is left to the user").isTrue();
            one.rug(3, "0.5");
            assertThat(one.finished).singleElement().satisfies(g -> {
                assertThat(g.failed()).contains(bad.getKey());
                assertThat(g.pnl()).isEqualByComparingTo("-0.05");   // 0.1 SOL of tokens at 1, liquidated at 0.5
            });
            assertThat(one.failures).isEmpty();
        }
    }

    @Test
    void everyFillIsPublishedForTheRecordingWithItsExpectedPrice() {
        run(scripted(Map.of(2, List.of(Intent.buy(new BigDecimal("0.1"), "in")),
                3, List.of(Intent.sidebet(new BigDecimal("0.01"), "bet")))), RiskLimits.NONE);
        start("g1");
        tick(1, "1.2");
        tick(2, "1.5");
        tick(3, "1.7");
        rug(4, "0.5");
        assertThat(all(io.rugdesk.trading.StrategyFilled.class))
                .extracting(f -> f.kind() + "@" + f.tick() + " expected " + f.expectedPrice() + " paper " + f.paper())
                .containsExactly("BUY@2 expected 1.5 paper true", "SIDEBET@3 expected 1.7 paper true",
                        "SIDEBET_WON@4 expected null paper true", "RUG_LIQUIDATION@4 expected null paper true");
        assertThat(finished.get(0).fillRows().get(0).slippage()).isEqualByComparingTo("0");
    }

    /** A live route that only counts what it is asked: the pause must hold until the trading gate opens again. */
    private static final class CountingLiveRoute implements OrderRoute {
        int placed;
        boolean settled = true;

        @Override
        public boolean ordersSettled() {
            return settled;
        }

        @Override
        public boolean live() {
            return true;
        }

        @Override
        public RiskControl.Book book() {
            return new RiskControl.Book(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO);
        }

        @Override
        public io.rugdesk.strategy.AccountView view(BigDecimal sessionPnlBefore) {
            return new io.rugdesk.strategy.AccountView(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, -1, BigDecimal.ZERO, sessionPnlBefore);
        }

        @Override
        public BigDecimal cash() {
            return BigDecimal.TEN;
        }

        @Override
        public void gameStarted(String gameId, io.rugdesk.backtest.GameTally tally) {
        }

        @Override
        public void presale() {
        }

        @Override
        public void ticked(int tick, BigDecimal price, io.rugdesk.backtest.GameTally tally) {
        }

        @Override
        public String place(Intent intent, int tick, io.rugdesk.backtest.GameTally tally) {
            placed++;
            return null;
        }

        @Override
        public void rugged(int rugTick, BigDecimal rugPrice, io.rugdesk.backtest.GameTally tally) {
        }

        @Override
        public void sellAll(io.rugdesk.backtest.GameTally tally) {
        }
    }

    @Test
    void liveAfterALostConnectionTheStrategyWaitsForTheTradingGateAndItsOrdersInFlight() {
        List<Integer> asked = new ArrayList<>();
        CountingLiveRoute live = new CountingLiveRoute();
        bus.subscribe(Object.class, events::add);
        RiskControl risk = new RiskControl(bus, new RiskSettings(RiskLimits.NONE, true), live::book, timer.clock(),
                null, RiskControl.Mode.LIVE);
        runner = new StrategyRunner(bus, "live", view -> {
            asked.add(view.tick());
            return List.of(Intent.buy(new BigDecimal("0.01"), "each tick"));
        }, live, risk, "test", finished::add, timer::millis);
        start("g1");
        tick(1, "1");
        live.settled = false;   // the order of tick 1 lost its answer with the connection
        bus.publish(new Disconnected(stamp(), "test"));
        tick(2, "1.1");    // a tick after the reconnect, while the gate still waits for the account state
        assertThat(runner.paused()).isTrue();
        bus.publish(new io.rugdesk.trading.TradingPermissionChanged(stamp(),
                new io.rugdesk.trading.OrderPermission(false, "Waiting for the server's account state"),
                new io.rugdesk.trading.OrderPermission(false, "Waiting for the server's account state"),
                new io.rugdesk.trading.OrderPermission(false, "Waiting for the server's account state")));
        tick(3, "1.2");
        assertThat(runner.paused()).isTrue();
        bus.publish(new io.rugdesk.trading.TradingPermissionChanged(stamp(),
                new io.rugdesk.trading.OrderPermission(true, "Trading allowed"),
                new io.rugdesk.trading.OrderPermission(false, "No position to sell"),
                new io.rugdesk.trading.OrderPermission(true, "Trading allowed")));
        tick(4, "1.3");    // the gate is open, but the order of tick 1 is still waiting for its ACK timeout
        assertThat(runner.paused()).isTrue();
        live.settled = true;
        tick(5, "1.4");
        assertThat(runner.paused()).isFalse();
        assertThat(asked).containsExactly(1, 5);
        assertThat(live.placed).isEqualTo(2);
    }

    @Test
    void aGameJoinedMidGameCountsFromItsFirstObservedTick() {
        List<Integer> seen = new ArrayList<>();
        run(view -> {
            seen.add(view.tick());
            return view.tick() == 4 ? List.of(Intent.buy(new BigDecimal("0.1"), "first")) : List.of();
        }, RiskLimits.NONE);
        game = "g1";
        bus.publish(new GameStarted(stamp(), "g1", 4, true, "hash"));
        tick(4, "1.25");   // the lifecycle publishes GameStarted, then the first tick of the same frame
        tick(5, "1.5");
        rug(6, "2");
        assertThat(seen).containsExactly(4, 5);
        assertThat(finished.get(0).firstTick()).isEqualTo(4);
        // 0.1 SOL at 1.25 = 0.08 tokens, liquidated at 2: 0.16 SOL
        assertThat(finished.get(0).pnl()).isEqualByComparingTo("0.06");
    }

    @Test
    void liveATickThatWaitedTooLongOnTheDomainThreadIsNotDecidedOn() {
        List<Integer> asked = new ArrayList<>();
        CountingLiveRoute live = new CountingLiveRoute();
        RiskControl risk = new RiskControl(bus, new RiskSettings(RiskLimits.NONE, true), live::book, timer.clock(),
                null, RiskControl.Mode.LIVE);
        runner = new StrategyRunner(bus, "live", view -> {
            asked.add(view.tick());
            return List.of();
        }, live, risk, "test", finished::add, () -> timer.millis() + StrategyRunner.MAX_DECISION_LAG_MILLIS);
        start("g1");
        tick(1, "1");      // exactly at the limit: still current
        runner.close();
        runner = new StrategyRunner(bus, "live", view -> {
            asked.add(view.tick());
            return List.of();
        }, live, risk, "test", finished::add, () -> timer.millis() + StrategyRunner.MAX_DECISION_LAG_MILLIS + 1);
        start("g2");
        tick(1, "1");      // one millisecond later: stale, the market moves but the strategy is not asked
        assertThat(asked).containsExactly(1);
        assertThat(runner.staleTicks()).isEqualTo(1);
    }
}
