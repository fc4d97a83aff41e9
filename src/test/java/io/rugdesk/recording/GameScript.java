package io.rugdesk.recording;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.ManualTimer;
import io.rugdesk.event.Stamp;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.game.SeedRevealed;
import io.rugdesk.game.TickArrivedLate;
import io.rugdesk.game.TickObserved;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes hand-built lifecycle sequences the way GameLifecycle does (cooldown, presale tick 0, start, ticks,
 * rug, seed in the next game's first message), 250 ms apart on a {@link ManualTimer}. Thread: the test's.
 */
final class GameScript {

    private final EventBus bus;
    private final ManualTimer time;
    private long seq;

    GameScript(EventBus bus, ManualTimer time) {
        this.bus = bus;
        this.time = time;
    }

    Stamp stamp() {
        return new Stamp(++seq, time.millis());
    }

    /** Deterministic non-trivial price for a tick, with many decimals (exactness matters). */
    static BigDecimal price(String gameId, int tick) {
        return BigDecimal.ONE.add(new BigDecimal("0.0123456789012345678").multiply(BigDecimal.valueOf(tick))
                .multiply(BigDecimal.valueOf(Math.floorMod(gameId.hashCode(), 7) + 1)), MathContext.DECIMAL64);
    }

    static String seedOf(String gameId) {
        return "seed-" + gameId;
    }

    void cooldown(String gameId, Phase from) {
        bus.publish(new PhaseChanged(stamp(), gameId, from, Phase.COOLDOWN));
        step();
        bus.publish(new PhaseChanged(stamp(), gameId, Phase.COOLDOWN, Phase.PRESALE));
        bus.publish(new TickObserved(stamp(), gameId, 0, BigDecimal.ONE, Phase.PRESALE));
        step();
    }

    void start(String gameId) {
        bus.publish(new PhaseChanged(stamp(), gameId, Phase.PRESALE, Phase.ACTIVE));
        bus.publish(new GameStarted(stamp(), gameId, 0, false, "hash-" + gameId));
    }

    void joinMidGame(String gameId, int tick) {
        bus.publish(new PhaseChanged(stamp(), gameId, Phase.UNKNOWN, Phase.ACTIVE));
        bus.publish(new TickObserved(stamp(), gameId, tick, price(gameId, tick), Phase.ACTIVE));
        bus.publish(new GameStarted(stamp(), gameId, tick, true, "hash-" + gameId));
    }

    void tick(String gameId, int tick) {
        bus.publish(new TickObserved(stamp(), gameId, tick, price(gameId, tick), Phase.ACTIVE));
        step();
    }

    /** A price frame older than {@code latest}, as GameLifecycle publishes it (the live state ignores it). */
    void lateTick(String gameId, int tick, int latest) {
        bus.publish(new TickArrivedLate(stamp(), gameId, tick, price(gameId, tick), Phase.ACTIVE, latest));
        step();
    }

    void rug(String gameId, int rugTick) {
        bus.publish(new PhaseChanged(stamp(), gameId, Phase.ACTIVE, Phase.RUGGED));
        bus.publish(new GameEnded(stamp(), gameId, GameEnded.Reason.RUGGED, rugTick, price(gameId, rugTick)));
    }

    void seed(String gameId) {
        List<BigDecimal> prices = new ArrayList<>();
        prices.add(BigDecimal.ONE);
        bus.publish(new SeedRevealed(stamp(), gameId, seedOf(gameId), "hash-" + gameId, prices));
    }

    void step() {
        time.advance(Duration.ofMillis(250));
    }
}
