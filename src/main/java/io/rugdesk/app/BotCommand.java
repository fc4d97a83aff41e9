package io.rugdesk.app;

import io.rugdesk.backtest.BacktestReport;
import io.rugdesk.backtest.BacktestSettings;
import io.rugdesk.backtest.GameResult;
import io.rugdesk.backtest.ReportCsv;
import io.rugdesk.backtest.ReportJson;
import io.rugdesk.backtest.ReportTable;
import io.rugdesk.backtest.SourceEntry;
import io.rugdesk.bot.LiveRoute;
import io.rugdesk.bot.PaperRoute;
import io.rugdesk.bot.RequestStopStrategy;
import io.rugdesk.bot.StrategyDecided;
import io.rugdesk.bot.StrategyRunner;
import io.rugdesk.bot.StrategyStopped;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.recording.RecordingSettings;
import io.rugdesk.risk.RequestEmergencyStop;
import io.rugdesk.risk.RiskControl;
import io.rugdesk.risk.RiskLimits;
import io.rugdesk.risk.RiskSettings;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.strategy.StrategyCatalog;
import io.rugdesk.verify.StateDriftDetected;
import io.rugdesk.verify.StateVerified;
import io.rugdesk.verify.VerificationStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rugdesk bot --strategy NAME [--param k=v]… [--server URL] (--paper [--balance SOL] | --live) …}: runs a
 * strategy headless on a live feed (the embedded simulator by default), behind the risk limits. On paper: live
 * prices, fills by the exchange core at the price of the tick on which the strategy decided. Live: the orders take
 * the trading controller's path (gate, checks, risk guard) to the server, and a fill is what the server confirms;
 * the report shows per fill the expected and the filled price. Ends after {@code --max-games}
 * games, {@code --idle-exit} seconds without a frame, a stopping limit, a failed strategy, or SIGINT/SIGTERM (which
 * pull the emergency stop: the position is sold); in every case the report is printed and {@code --json}/
 * {@code --csv} written in the backtest's contract. The paper balance is kept between runs in the config folder;
 * {@code --balance} starts it again at that amount.
 *
 * <p>Thread: the main thread waits; the strategy runs on the domain thread; a signal finishes on the shutdown hook.
 */
@Command(name = "bot", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a strategy headless on a live feed, on paper or live, behind the risk limits.")
public final class BotCommand implements Callable<Integer> {

    static final int EXIT_BAD_INPUT = 2;
    private static final Logger LOG = LoggerFactory.getLogger(BotCommand.class);

    @Mixin
    StrategyOptions strategy;

    @Option(names = "--server", paramLabel = "URL", description = "server URL; omitted: the embedded simulator")
    String server;

    @Option(names = "--paper", description = "paper trading (the default): live prices, local fills")
    boolean paper;

    @Option(names = "--live", description = "trade the account of the server: orders go through the trading"
            + " controller, fills are what the server confirms (the embedded simulator's account by default)")
    boolean live;

    @Option(names = "--token-file", paramLabel = "FILE", description = "--live: read the login token from FILE (else"
            + " the environment variable RUGDESK_TOKEN, else a hidden prompt). Never shown.")
    Path tokenFile;

    @Option(names = "--balance", paramLabel = "SOL",
            description = "start the paper account at SOL (default: the balance kept from the last run, else 10)")
    BigDecimal balance;

    @Mixin
    RiskLimitOptions riskLimits;

    @Option(names = "--max-buy", paramLabel = "SOL", description = "the largest single buy")
    BigDecimal maxBuy;

    @Option(names = "--max-sidebet", paramLabel = "SOL", description = "the largest sidebet stake")
    BigDecimal maxSidebet;

    @Option(names = "--max-daily-loss", paramLabel = "SOL", description = "as --max-session-loss, per local day")
    BigDecimal maxDailyLoss;

    @Option(names = "--min-order-interval", paramLabel = "SECONDS", description = "least time between two buys or"
            + " sidebets")
    BigDecimal minOrderInterval;

    @Option(names = "--keep-balance", paramLabel = "SOL", description = "no buy or sidebet that leaves less cash")
    BigDecimal keepBalance;

    @Option(names = "--max-games", paramLabel = "N", description = "stop after N finished games")
    int maxGames;

    @Option(names = "--idle-exit", paramLabel = "SECONDS", description = "stop after this long without a"
            + " frame, counted from the last one (before the first frame: the longer of 60 s and this)")
    double idleExitSeconds;

    @Option(names = "--json", paramLabel = "FILE", description = "write the JSON report (backtest --json contract)")
    Path json;

    @Option(names = "--csv", paramLabel = "FILE", description = "write one CSV row per fill")
    Path csv;

    @Option(names = "--out", paramLabel = "DIR", description = "record the games into DIR, as `record` does")
    Path out;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the strategy's Random (default 0)")
    long seed;

    @Option(names = "--speed", description = "embedded simulator only: game clock speed (default ${DEFAULT-VALUE})")
    double speed = 1.0;

    @Option(names = "--config-dir", paramLabel = "DIR", description = "settings folder, where the paper account is"
            + " kept (default ~/.config/rugdesk)")
    Path configDir = RecordingSettings.defaultConfigDir();

    @Spec
    CommandSpec spec;

    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicReference<String> endedBy = new AtomicReference<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        BacktestSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            err.println("bot: " + e.getMessage());
            err.flush();
            return EXIT_BAD_INPUT;
        }
        String token = null;
        if (live) {
            try {
                token = liveToken();
            } catch (IOException | IllegalArgumentException e) {
                err.println("bot: " + e.getMessage());
                err.flush();
                return EXIT_BAD_INPUT;
            }
            LivePlan.print(spec.commandLine().getOut(), server == null ? "the embedded simulator" : server,
                    settings, maxGames);
        }
        SessionConfig config = SessionConfig.defaults(server).withConfigDir(configDir).withToken(token)
                .withAutoRecord(out != null).withSimulator(SimConfig.defaults().withSpeed(speed));
        if (out != null) {
            Files.createDirectories(out);
            config = config.withRecordingFolder(out);
        }
        ClientSession session;
        Run run = new Run(settings);
        try {
            // wired before the session connects, so the runner sees the first game from its first frame
            session = ClientSession.start(config, run);
        } catch (IllegalArgumentException bad) {
            err.println("bot: " + bad.getMessage());
            return EXIT_BAD_INPUT;
        }
        Thread hook = new Thread(() -> run.finish("signal"), "rugdesk-bot-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        // no frame at all within the first-frame wait ends the run as idle too
        String why = IdleWait.untilDoneOrIdle(session, done, idleExitSeconds,
                IdleWait.defaultFirstFrameSeconds(idleExitSeconds)) != IdleWait.Ended.DONE ? "idle-exit"
                : endedBy.get();
        Runtime.getRuntime().removeShutdownHook(hook);
        return run.finish(why);
    }

    /**
     * The token of a live run: {@code --token-file}, RUGDESK_TOKEN or a prompt. A server that is not on this machine
     * needs one; a local test server ({@code serve}) takes the simulator's; the embedded simulator its own.
     */
    private String liveToken() throws IOException {
        String token = TokenSource.read(tokenFile, System.getenv(), server != null, System.console());
        if (token != null || server == null) {
            return token;
        }
        if (!LivePlan.loopback(server)) {
            throw new IllegalArgumentException("--live against " + server + " needs a token: --token-file FILE or"
                    + " the environment variable " + TokenSource.ENV);
        }
        return ClientSession.EMBEDDED_SIMULATOR_TOKEN;
    }

    /** One run: the session, the route (paper or live), the guard and the runner, and the report at the end. */
    private final class Run implements ClientSession.Component {
        private ClientSession session;
        private final BacktestSettings settings;
        private PaperRoute paperRoute;
        private LiveRoute liveRoute;
        private RiskControl risk;
        private StrategyRunner runner;
        private Integer exit;
        private final Map<VerificationStatus, Long> verifications = new ConcurrentHashMap<>();

        Run(BacktestSettings settings) {
            this.settings = settings;
        }

        /** Domain thread, while the session wires its components. */
        @Override
        public AutoCloseable start(ClientSession wired) {
            session = wired;
            Subscriptions handles = new Subscriptions();
            var strategyInstance = settings.strategy().newInstance(new Random(settings.seed()));
            if (live) {
                // the session's guard is the one in front of the controller: this run's limits, not saved
                risk = session.risk();
                risk.apply(new RiskSettings(settings.limits(), risk.settings().sellOnEmergencyStop()),
                        Stamp.local(0, System.currentTimeMillis()));
                liveRoute = new LiveRoute(session.bus(), session.account(), session.player()::playerId, risk,
                        System::currentTimeMillis);
                handles.add(liveRoute);
                runner = new StrategyRunner(session.bus(), settings.strategy().name(), strategyInstance, liveRoute,
                        risk, session.serverLabel(), this::gameFinished);
            } else {
                paperRoute = new PaperRoute(settings.startBalance());
                risk = new RiskControl(session.bus(), new RiskSettings(settings.limits(), true), paperRoute::book,
                        Clock.systemDefaultZone(), null, RiskControl.Mode.ROUTED);
                handles.add(risk.start());
                runner = new StrategyRunner(session.bus(), settings.strategy().name(), strategyInstance, paperRoute,
                        risk, session.serverLabel(), this::gameFinished);
            }
            handles.add(runner);
            handles.add(session.bus().subscribe(StrategyDecided.class, d -> LOG.info("{} tick {}: {} -> {} ({})",
                    d.gameId(), d.tick(), d.intent(), d.outcome(), d.detail())));
            if (live) {   // the bot's account is the server's: every verification of it is part of the report
                handles.add(session.bus().subscribe(StateVerified.class,
                        v -> verifications.merge(v.status(), 1L, Long::sum)));
                handles.add(session.bus().subscribe(StateDriftDetected.class,
                        d -> LOG.warn("DRIFT between the local account and the server's: {}", d.drifted())));
            }
            handles.add(session.bus().subscribe(StrategyStopped.class, s -> {
                LOG.warn("strategy {} stopped: {}", s.strategy(), s.reason());
                end(s.reason().startsWith("emergency stop") ? "emergency-stop" : "strategy-failed");
            }));
            return handles;
        }

        private void gameFinished(GameResult result) {
            LOG.info("game {} rug {} pnl {} balance {}", result.gameId(), result.rugTick(),
                    ReportJson.money(result.pnl()), ReportJson.money(result.endBalance()));
            String why = risk.stoppedBy() != null ? risk.stoppedBy().option()
                    : maxGames > 0 && runner.results().size() >= maxGames ? "max-games" : null;
            if (why != null) {
                end(why);
                // before the next frame: no order of a game beyond the run (the main thread wakes up later)
                session.bus().publish(new RequestStopStrategy(Stamp.local(0, System.currentTimeMillis()), why));
            }
        }

        /** Stops, sells on a signal, writes the report; once. Returns the exit code. */
        synchronized int finish(String why) {
            if (exit != null) {
                return exit;
            }
            String stoppedBy = endedBy.get() != null ? endedBy.get() : why;
            List<GameResult> games;
            BigDecimal cash;
            try {
                if ("signal".equals(why)) {
                    session.bus().publish(new RequestEmergencyStop(Stamp.local(0, System.currentTimeMillis()),
                            "SIGINT/SIGTERM"));
                }
                if (live) {
                    awaitOrdersSettled();
                }
                CompletableFuture<List<GameResult>> read = CompletableFuture.supplyAsync(
                        () -> List.copyOf(runner.resultsAtEnd()), session.domain());
                games = read.get(10, TimeUnit.SECONDS);
                cash = CompletableFuture.supplyAsync(live ? liveRoute::cash : paperRoute::cash, session.domain())
                        .get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.error("the run's results could not be read: {}", e.toString());
                games = List.of();
                cash = null;
            }
            session.close();
            exit = report(games, stoppedBy, session.serverLabel(), cash);
            return exit;
        }

        /** The run's settings with the live account's balance at the first game counted (else now) as the start. */
        private BacktestSettings liveSettings(List<GameResult> games, BigDecimal cash) {
            BigDecimal start = games.isEmpty() ? cash : games.get(0).startBalance();
            if (start == null || start.signum() <= 0) {
                return settings;
            }
            return new BacktestSettings(settings.strategy(), start, settings.latencyTicks(), settings.limits(),
                    settings.seed(), settings.keepFills());
        }

        /** Live: up to 10 s for the orders in flight (the emergency stop's sell among them) to be answered. */
        private void awaitOrdersSettled() throws Exception {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < until) {
                boolean settled = CompletableFuture.supplyAsync(() -> liveRoute.ordersInFlight() == 0
                        && session.account().pending().isEmpty(), session.domain()).get(10, TimeUnit.SECONDS);
                if (settled) {
                    return;
                }
                Thread.sleep(50);
            }
            LOG.warn("orders still in flight at the end of the run: the report may miss their fills");
        }

        private int report(List<GameResult> games, String stoppedBy, String source, BigDecimal cash) {
            BacktestReport report = new BacktestReport(live ? liveSettings(games, cash) : settings,
                    List.of(new SourceEntry(source, live ? "live" : "paper", games.size(), null, null)), games,
                    stoppedBy);
            PrintWriter stdout = spec.commandLine().getOut();
            ReportTable.print(report, stdout);
            if (live) {
                List<String> counts = new java.util.ArrayList<>();
                for (VerificationStatus status : VerificationStatus.values()) {
                    counts.add(verifications.getOrDefault(status, 0L) + " " + status);
                }
                stdout.println("verifications: " + String.join(", ", counts) + "; ticks too late to decide on: "
                        + runner.staleTicks());
            }
            stdout.flush();
            if (cash != null && !live) {
                new PaperAccountFile(configDir).keepBalance(cash);
            }
            try {
                if (json != null) {
                    try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
                        ReportJson.write(report, w);
                    }
                }
                if (csv != null) {
                    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                        ReportCsv.write(report, w);
                    }
                }
            } catch (IOException e) {
                spec.commandLine().getErr().println("bot: cannot write the report: " + e);
                return 1;
            }
            return 0;
        }
    }

    private void end(String why) {
        endedBy.compareAndSet(null, why);
        done.countDown();
    }

    /** Every check that can fail before the session starts; the message names the culprit. */
    private BacktestSettings settings() {
        if (live && paper) {
            throw new IllegalArgumentException("--live and --paper exclude each other");
        }
        if (live && balance != null) {
            throw new IllegalArgumentException("--balance is for --paper: live, the balance is the server's");
        }
        if (maxGames < 0 || idleExitSeconds < 0) {
            throw new IllegalArgumentException("--max-games and --idle-exit must not be negative");
        }
        StrategyCatalog.ConfiguredStrategy configured = strategy.configure();
        RiskLimits shared = riskLimits.limits();
        RiskLimits limits = new RiskLimits(shared.maxSessionLoss(), shared.maxPosition(), shared.stopAfterLosses(),
                maxBuy, maxSidebet, maxDailyLoss, minOrderInterval == null ? null
                : Duration.ofMillis(minOrderInterval.movePointRight(3).longValue()), keepBalance);
        if (live && limits.equals(RiskLimits.NONE)) {   // no limit on the command line: the saved ones hold
            limits = RiskSettings.load(configDir).limits();
        }
        // live: a stand-in until the report, which starts from the account at the first game counted
        BigDecimal start = live ? BigDecimal.ONE : balance != null ? balance : new PaperAccountFile(configDir).balance();
        return new BacktestSettings(configured, start, 0, limits, seed, csv != null);
    }
}
