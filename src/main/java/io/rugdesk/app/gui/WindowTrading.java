package io.rugdesk.app.gui;

import io.rugdesk.app.ClientSession;
import io.rugdesk.app.PaperAccountFile;
import io.rugdesk.backtest.GameResult;
import io.rugdesk.backtest.Summary;
import io.rugdesk.bot.ControllerRoute;
import io.rugdesk.bot.LiveRoute;
import io.rugdesk.bot.PaperDesk;
import io.rugdesk.bot.RequestStopStrategy;
import io.rugdesk.bot.StrategyDecided;
import io.rugdesk.bot.StrategyRunner;
import io.rugdesk.bot.StrategyStopped;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.strategy.StrategyCatalog;
import io.rugdesk.trading.ServerStateUpdated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The window's paper account and strategy for one session. Paper mode sends the session's orders (buttons, hotkeys,
 * the strategy) to a {@link PaperDesk} instead of the server, withholds the server's account states from the
 * verifier (the desk publishes its own) and makes the risk guard count from the paper account; off again, the
 * server's last state comes back. The strategy is one {@link StrategyRunner}; its orders pass the trading controller
 * and the risk guard like a button's. On paper a {@link ControllerRoute} hands them to the paper desk; live a
 * {@link LiveRoute}, as {@code bot --live} runs it, sends them to the server and logs FILLED at the server's price
 * (with the slippage) or REFUSED with the reason, and a tick that reached the domain thread late is not decided on.
 *
 * <p>What the window shows is one immutable {@link View}, rebuilt on the domain thread when something changed and
 * read by the panel's Swing timer; the window never waits on the domain thread.
 *
 * <p>Thread: {@link #start} and every handler on the domain thread; the commands from any thread (handed to the
 * domain thread); {@link #view()} from any thread.
 */
public final class WindowTrading {

    static final int MAX_LINES = 300;
    static final String LOGIN_NEEDED = "Live refused: no login is known (start with --token-file or RUGDESK_TOKEN;"
            + " against the embedded simulator the simulated player is logged in)";

    /** One line of the decision log. */
    public record Line(String gameId, int tick, String intent, String outcome, String detail) { }

    /**
     * What the window shows: paper mode and the paper cash; the strategy (null name: none started yet), whether it
     * runs, trades live, why it stopped; the decision log, oldest first; the figures of its finished games and the
     * fills of the game being played.
     */
    public record View(boolean paper, BigDecimal paperCash, String strategy, boolean running, boolean live,
                       String stoppedWhy, List<Line> decisions, Summary figures, int openGameFills) {

        static final View NONE = new View(false, null, null, false, false, null, List.of(), null, 0);
    }

    private final ClientSession session;
    private final PaperAccountFile file;
    private final LongSupplier clockMillis;
    private final Executor files;
    private final Consumer<String> notice;
    private final List<Line> lines = new ArrayList<>();
    private PaperDesk desk;
    private StrategyRunner runner;
    /** Closes the route (its bus subscriptions): both kinds close without a checked exception. */
    private Runnable closeRoute;
    private boolean liveRun;
    private String strategy;
    private BigDecimal runStart;
    private String openGame;
    private volatile View view = View.NONE;

    /**
     * @param files  where the paper file is written (never the domain thread's business to wait on a disk)
     * @param notice tells the user why a command was refused (any thread)
     */
    public WindowTrading(ClientSession session, PaperAccountFile file, LongSupplier clockMillis, Executor files,
            Consumer<String> notice) {
        this.session = Objects.requireNonNull(session, "session");
        this.file = Objects.requireNonNull(file, "file");
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
        this.files = Objects.requireNonNull(files, "files");
        this.notice = Objects.requireNonNull(notice, "notice");
    }

    /** Domain thread, while the session wires its components: the desk follows the games from the first frame. */
    public AutoCloseable start() {
        Subscriptions handles = new Subscriptions();
        desk = new PaperDesk(session.bus(), file.balance(), cash -> files.execute(() -> file.keepBalance(cash)),
                clockMillis);
        handles.add(desk.start());
        handles.add(session.bus().subscribe(StrategyDecided.class, this::onDecided));
        handles.add(session.bus().subscribe(StrategyStopped.class, stopped -> publishView()));
        // the paper desk's figures after a fill or a settlement: the panel shows the paper cash
        handles.add(session.bus().subscribe(ServerStateUpdated.class, state -> {
            if (desk.active()) {
                publishView();
            }
        }));
        if (file.paperMode()) {
            paper(true);
        }
        publishView();
        handles.add(this::closeRunner);
        return handles;
    }

    /** The latest view; any thread. */
    public View view() {
        return view;
    }

    /** Paper mode on or off (kept for the next run); refused while a strategy runs. */
    public void setPaper(boolean on) {
        onDomain(() -> {
            if (runner != null && runner.running()) {
                notice.accept("Stop the strategy before switching between paper and the real account");
            } else if (desk.active() != on) {
                paper(on);
                files.execute(() -> file.keepPaperMode(on));
            }
            publishView();
        });
    }

    /** Starts the paper account again at {@code balance} SOL; refused while a strategy runs. */
    public void resetPaper(BigDecimal balance) {
        onDomain(() -> {
            if (runner != null && runner.running()) {
                notice.accept("Stop the strategy before resetting the paper account");
                return;
            }
            desk.reset(balance, stamp());
            session.risk().accountSwitched();
            notice.accept("Paper account reset to " + balance.stripTrailingZeros().toPlainString() + " SOL");
            publishView();
        });
    }

    /**
     * Starts {@code configured} on the account in use (paper, or live when paper mode is off: refused without a
     * login). It trades from the next game on.
     */
    public void startStrategy(StrategyCatalog.ConfiguredStrategy configured) {
        onDomain(() -> {
            if (runner != null && runner.running()) {
                notice.accept("A strategy is already running: stop it first");
                return;
            }
            boolean live = !desk.active();
            if (live && !session.player().isLoggedIn()) {
                notice.accept(LOGIN_NEEDED);
                return;
            }
            closeRunner();
            lines.clear();
            openGame = null;
            liveRun = live;
            strategy = configured.name();
            var instance = configured.newInstance(new Random(0));
            // OrderRoute is the bot package's own: each branch hands its concrete route to the runner
            if (live) {
                LiveRoute toServer = new LiveRoute(session.bus(), session.account(), session.player()::playerId,
                        session.risk(), clockMillis);
                closeRoute = toServer::close;
                runStart = toServer.cash();
                runner = new StrategyRunner(session.bus(), strategy, instance, toServer, session.risk(),
                        session.serverLabel(), this::gameFinished, clockMillis);
            } else {
                ControllerRoute toDesk = new ControllerRoute(session.bus(), session.risk(),
                        () -> session.account().expected().orElse(null), desk, clockMillis);
                closeRoute = toDesk::close;
                runStart = toDesk.cash();
                runner = new StrategyRunner(session.bus(), strategy, instance, toDesk, session.risk(),
                        session.serverLabel(), this::gameFinished, clockMillis);
            }
            if (runStart == null) {   // live, before the server confirmed any account state
                runStart = BigDecimal.ZERO;
            }
            publishView();
        });
    }

    /** Stops the running strategy (its open position is left to the user). */
    public void stopStrategy() {
        session.bus().publish(new RequestStopStrategy(stamp(), "stopped by the user"));
    }

    private void paper(boolean on) {
        if (on) {
            session.player().withholdServerStates(true);
            session.routeOrders(desk);
            session.trading().guardWith(desk.guarding(session.risk()));
            session.risk().accountSwitched();
            session.tradingGate().paperTrading(true, stamp());
            desk.activate(stamp());
        } else {
            desk.deactivate();
            session.routeOrders(null);
            session.trading().guardWith(session.risk());
            session.risk().accountSwitched();
            session.tradingGate().paperTrading(false, stamp());
            session.player().withholdServerStates(false);
        }
    }

    private void gameFinished(GameResult result) {
        openGame = null;
        publishView();
    }

    private void onDecided(StrategyDecided decided) {
        Line line = new Line(decided.gameId(), decided.tick(), decided.intent(), decided.outcome(), decided.detail());
        openGame = decided.gameId();
        boolean answer = !"SENT".equals(decided.outcome());
        for (int i = lines.size() - 1; answer && i >= 0 && i >= lines.size() - 20; i--) {
            Line sent = lines.get(i);
            if ("SENT".equals(sent.outcome()) && sent.tick() == line.tick() && sent.intent().equals(line.intent())
                    && Objects.equals(sent.gameId(), line.gameId())) {
                lines.set(i, line);   // the controller's or the paper desk's answer replaces "sent"
                publishView();
                return;
            }
        }
        if (lines.size() == MAX_LINES) {
            lines.remove(0);
        }
        lines.add(line);
        publishView();
    }

    private void publishView() {
        boolean paper = desk.active();
        Summary figures = runner == null ? null : Summary.of(runner.results(), runStart, runner.stoppedWhy());
        int open = 0;
        for (Line line : lines) {
            if (line.gameId() != null && line.gameId().equals(openGame) && "FILLED".equals(line.outcome())) {
                open++;
            }
        }
        view = new View(paper, desk.account().cash(), strategy, runner != null && runner.running(),
                closeRoute != null && liveRun, runner == null ? null : runner.stoppedWhy(), List.copyOf(lines),
                figures, open);
    }

    private void closeRunner() {
        if (runner != null) {
            runner.close();
            runner = null;
        }
        if (closeRoute != null) {
            closeRoute.run();
            closeRoute = null;
        }
    }

    private void onDomain(Runnable work) {
        session.domain().execute(work);
    }

    private Stamp stamp() {
        return Stamp.local(0, clockMillis.getAsLong());
    }
}
