package io.rugdesk.risk;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.PlayerAccount;
import io.rugdesk.trading.OrderGuard;
import io.rugdesk.trading.RequestBuy;
import io.rugdesk.trading.RequestSell;
import io.rugdesk.trading.RequestSidebet;
import io.rugdesk.trading.TradeCommand;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one risk guard of a session, in front of every order: the {@link io.rugdesk.trading.TradingController} asks
 * it ({@link OrderGuard}) for buttons, hotkeys and live strategies; the paper trader asks {@link #check} directly.
 * It tracks the realised P&amp;L of the session and of the local day (clock injected) as the change of the
 * account's value at cost (cash + SOL paid for the tokens held + open sidebet stake) since the session started,
 * the day began or the user re-armed; the losing streak from {@link GameStarted}/{@link GameEnded}. A refusal is
 * published as {@link OrderRefusedByRisk}; every change of the stopped state as {@link RiskStateChanged}.
 * Handles {@link RequestEmergencyStop}, {@link RequestRiskRearm} and {@link RequestRiskSettings} (persisted).
 *
 * <p>Thread: domain thread only (constructor included: it subscribes).
 */
public final class RiskControl implements OrderGuard {

    /** The account the orders act on: cash, SOL paid for the tokens held, open sidebet stake. */
    public record Book(BigDecimal cash, BigDecimal positionAtCost, BigDecimal openSidebetStake) {

        public BigDecimal valueAtCost() {
            return cash.add(positionAtCost).add(openSidebetStake);
        }

        public boolean hasPosition() {
            return positionAtCost.signum() > 0;
        }

        /** The client's model of a live account. */
        public static Book of(PlayerAccount account) {
            return new Book(account.cash(), account.investedAmount(),
                    account.sidebet() == null ? BigDecimal.ZERO : account.sidebet().amount());
        }
    }

    /**
     * LIVE: the trading controller's account; the guard follows {@link GameStarted}/{@link GameEnded} itself and the
     * emergency stop sells with a {@link RequestSell}. ROUTED: an account the owner settles itself (paper): it calls
     * {@link #gameBegan()} and {@link #gameSettled} after settling, and sells on {@link EmergencyStopEngaged}.
     */
    public enum Mode { LIVE, ROUTED }

    private static final Logger LOG = LoggerFactory.getLogger(RiskControl.class);
    private static final String REFUSED = "Refused: ";

    private final EventBus bus;
    private final Supplier<Book> book;
    private final Clock clock;
    private final Path configDir;
    private final Mode mode;
    private final Set<TradeCommand> automatic = Collections.newSetFromMap(new IdentityHashMap<>());
    private volatile RiskSettings settings;
    private volatile RiskStateChanged state;
    private RiskGuard guard;
    private BigDecimal sessionStart;
    private BigDecimal dayStart;
    private LocalDate day;
    private BigDecimal gameStart;
    private boolean tradedThisGame;
    private RiskReason published;

    /**
     * @param book                   the account now, or null while it is not known
     * @param clock                  wall clock and zone (the local day of the daily loss, the order interval)
     * @param configDir              where {@link RequestRiskSettings} are saved; null: not saved
     * @param mode      whose account: the live one or one settled by its owner
     */
    public RiskControl(EventBus bus, RiskSettings settings, Supplier<Book> book, Clock clock, Path configDir,
            Mode mode) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.book = Objects.requireNonNull(book, "book");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.configDir = configDir;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.guard = new RiskGuard(settings.limits());
    }

    /** Subscribes to the games (live mode), the emergency stop, re-arm and new settings; the handle unsubscribes. */
    public AutoCloseable start() {
        Subscriptions handles = new Subscriptions();
        if (mode == Mode.LIVE) {
            handles.add(bus.subscribe(GameStarted.class, started -> gameBegan()));
            handles.add(bus.subscribe(GameEnded.class, ended -> gameSettled(ended.stamp())));
        }
        handles.add(bus.subscribe(RequestEmergencyStop.class, this::onEmergencyStop));
        handles.add(bus.subscribe(RequestRiskRearm.class, this::onRearm));
        handles.add(bus.subscribe(RequestRiskSettings.class, this::onSettings));
        return handles;
    }

    /** The settings in force; any thread. */
    public RiskSettings settings() {
        return settings;
    }

    /** The last state published, or null while armed since the start; any thread (the window reads it). */
    public RiskStateChanged state() {
        return state;
    }

    /** The limit (or the emergency stop) that stops new buys and sidebets, or null when armed. */
    public RiskReason stoppedBy() {
        return guard.stoppedBy();
    }

    /** The next {@code request} comes from a strategy (its refusal is marked automatic). */
    public void markAutomatic(TradeCommand request) {
        automatic.add(request);
    }

    @Override
    public Optional<String> refusal(TradeCommand request, PlayerAccount expected) {
        boolean auto = automatic.remove(request);
        Book now = Book.of(expected);
        RiskRefusal refusal = null;
        if (request instanceof RequestBuy buy) {
            refusal = check(RiskGuard.Order.BUY, buy.amount(), now, auto, request.stamp());
        } else if (request instanceof RequestSidebet bet) {
            refusal = check(RiskGuard.Order.SIDEBET, bet.amount(), now, auto, request.stamp());
        }
        // the controller's rejection already reads "Buy refused: …", so the sentence goes without its "Refused: "
        return Optional.ofNullable(refusal).map(r -> r.message().startsWith(REFUSED)
                ? r.message().substring(REFUSED.length()) : r.message());
    }

    /** Null when the order may go ahead; else the refusal, also published as {@link OrderRefusedByRisk}. */
    public RiskRefusal check(RiskGuard.Order order, BigDecimal amount, Book now, boolean auto, Stamp stamp) {
        if (order == RiskGuard.Order.SELL) {
            return null;
        }
        baselines(now);
        RiskRefusal refusal = guard.check(order, amount, new RiskGuard.Exposure(
                now.valueAtCost().subtract(sessionStart), now.valueAtCost().subtract(dayStart),
                now.positionAtCost(), now.cash(), clock.millis()));
        if (refusal == null) {
            tradedThisGame = true;
        } else {
            bus.publish(new OrderRefusedByRisk(stamp, order, amount, refusal.reason(), refusal.message(), auto));
        }
        publishState(stamp);
        return refusal;
    }

    private void baselines(Book now) {
        if (sessionStart == null) {
            sessionStart = now.valueAtCost();
        }
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(day)) {
            day = today;
            dayStart = now.valueAtCost();
        }
    }

    /**
     * The orders now act on another account (the window switched between paper and the real account, or the paper
     * account was reset): the loss limits count from that account's value at the next order. Stops stay.
     */
    public void accountSwitched() {
        sessionStart = null;
        day = null;
        gameStart = null;
        tradedThisGame = false;
    }

    /** A game begins (its P&amp;L counts from the account now). */
    public void gameBegan() {
        Book now = book.get();
        gameStart = now == null ? null : now.valueAtCost();
        tradedThisGame = false;
    }

    /** The game ended and the account is settled: the losing streak and the loss limits look at it. */
    public void gameSettled(Stamp stamp) {
        Book now = book.get();
        if (now == null) {
            return;
        }
        baselines(now);
        BigDecimal value = now.valueAtCost();
        BigDecimal pnl = gameStart == null ? BigDecimal.ZERO : value.subtract(gameStart);
        guard.gameEnded(pnl, tradedThisGame, value.subtract(sessionStart), value.subtract(dayStart));
        gameStart = null;
        tradedThisGame = false;
        publishState(stamp);
    }

    private void onEmergencyStop(RequestEmergencyStop request) {
        guard.emergencyStop();
        publishState(request.stamp());
        bus.publish(new EmergencyStopEngaged(request.stamp(), request.why(), settings.sellOnEmergencyStop()));
        Book now = book.get();
        if (mode == Mode.LIVE && settings.sellOnEmergencyStop() && now != null && now.hasPosition()) {
            bus.publish(new RequestSell(request.stamp(), 100));
        }
    }

    private void onRearm(RequestRiskRearm request) {
        guard.rearm();
        Book now = book.get();
        if (now != null) {   // the loss limits count from now: the user has seen the loss and chose to go on
            sessionStart = now.valueAtCost();
            dayStart = now.valueAtCost();
        }
        publishState(request.stamp());
    }

    private void onSettings(RequestRiskSettings request) {
        apply(request.settings(), request.stamp());
        if (configDir != null) {
            try {
                settings.save(configDir);
            } catch (IOException e) {
                LOG.warn("risk settings not saved to {}: {}", configDir, e.toString());
            }
        }
    }

    /**
     * Puts {@code newSettings} in force for this session without saving them (a bot's command-line limits);
     * an engaged emergency stop stays engaged. Domain thread.
     */
    public void apply(RiskSettings newSettings, Stamp stamp) {
        RiskReason stopped = guard.stoppedBy();
        settings = Objects.requireNonNull(newSettings, "settings");
        guard = new RiskGuard(settings.limits());
        if (stopped == RiskReason.EMERGENCY_STOP) {
            guard.emergencyStop();
        }
        publishState(stamp);
    }

    /** Publishes {@link RiskStateChanged} once per change of the stopped state. */
    private void publishState(Stamp stamp) {
        RiskReason now = guard.stoppedBy();
        if (now == published) {
            return;
        }
        published = now;
        state = new RiskStateChanged(stamp, now, now == null ? "Risk limits armed" : stateText(now));
        bus.publish(state);
    }

    private String stateText(RiskReason reason) {
        RiskLimits limits = settings.limits();
        return switch (reason) {
            case MAX_SESSION_LOSS -> "Session loss limit " + RiskGuard.sol(limits.maxSessionLoss())
                    + " SOL reached: buys and sidebets stopped until re-armed";
            case MAX_DAILY_LOSS -> "Daily loss limit " + RiskGuard.sol(limits.maxDailyLoss())
                    + " SOL reached: buys and sidebets stopped until re-armed";
            case STOP_AFTER_LOSSES -> limits.stopAfterLosses()
                    + " losing games in a row: buys and sidebets stopped until re-armed";
            case EMERGENCY_STOP -> "EMERGENCY STOP: buys and sidebets stopped until re-armed";
            default -> reason.option() + " reached";
        };
    }
}
