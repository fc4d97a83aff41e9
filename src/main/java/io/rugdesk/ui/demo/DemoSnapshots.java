package io.rugdesk.ui.demo;

import io.rugdesk.ui.SnapshotSource;
import io.rugdesk.ui.UiCommands;
import io.rugdesk.ui.UiSnapshot;
import io.rugdesk.ui.UiSnapshot.Account;
import io.rugdesk.ui.UiSnapshot.AccountValues;
import io.rugdesk.ui.UiSnapshot.Connection;
import io.rugdesk.ui.UiSnapshot.Drift;
import io.rugdesk.ui.UiSnapshot.DriftEntry;
import io.rugdesk.ui.UiSnapshot.DriftState;
import io.rugdesk.ui.UiSnapshot.FieldDrift;
import io.rugdesk.ui.UiSnapshot.Game;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import io.rugdesk.ui.UiSnapshot.Health;
import io.rugdesk.ui.UiSnapshot.LogEntry;
import io.rugdesk.ui.UiSnapshot.Notice;
import io.rugdesk.ui.UiSnapshot.NoticeLevel;
import io.rugdesk.ui.UiSnapshot.Permission;
import io.rugdesk.ui.UiSnapshot.Permissions;
import io.rugdesk.ui.UiSnapshot.Player;
import io.rugdesk.ui.UiSnapshot.PricePoint;
import io.rugdesk.ui.UiSnapshot.Recording;
import io.rugdesk.ui.UiSnapshot.Replay;
import io.rugdesk.ui.UiSnapshot.Side;
import io.rugdesk.ui.UiSnapshot.SidebetWindow;
import io.rugdesk.ui.UiSnapshot.TradeMarker;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Fake but plausible moving snapshots, so the window can be looked at before the domain is wired: a random-walk
 * game that rugs, a demo player whose buys and sells move a position, injectable drift and latency. It is also
 * the {@link UiCommands}: every command is posted to the same single thread that ticks, like the real domain
 * thread. Not the game's real price model. Thread: all state on the {@code executor}'s one thread; {@link #latest}
 * from any thread.
 */
public final class DemoSnapshots implements SnapshotSource, UiCommands {

    private static final int SCALE = 9;
    /** Each step is one rugs.fun tick of game time, whatever the real interval (a 20× run steps faster). */
    private static final long GAME_MS_PER_STEP = 250;
    private static final BigDecimal DRIFT_OFFSET = new BigDecimal("0.012345678");

    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final Random random;
    private final long tickMillis;
    private final Runnable onExit;
    private volatile UiSnapshot latest = UiSnapshot.initial();

    private int gameNumber;
    private GamePhase phase = GamePhase.COOLDOWN;
    private long cooldownMs = 6000;
    private int tick;
    private BigDecimal price = BigDecimal.ONE;
    private final List<PricePoint> prices = new ArrayList<>();
    private final List<TradeMarker> trades = new ArrayList<>();
    private PricePoint rug;
    private SidebetWindow sidebet;
    private BigDecimal cash = new BigDecimal("10");
    private BigDecimal qty = BigDecimal.ZERO;
    private BigDecimal invested = BigDecimal.ZERO;
    private BigDecimal serverQtyOffset = BigDecimal.ZERO;
    private int driftCount;
    private final List<DriftEntry> driftHistory = new ArrayList<>();
    private final List<LogEntry> events = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private long noticeId;
    private final DemoLatency latency;
    private boolean autoRecord;
    private boolean recording;
    private String recordingFile;
    private String folder = Path.of(System.getProperty("user.home"), "rugdesk", "recordings").toString();
    private Health health = Health.HEALTHY;
    private Replay replay = Replay.closed();
    private int eventsThisSecond;
    private double eventsPerSecond;

    /**
     * @param tickMillis one game tick (rugs.fun: 250 ms; a 20× run: 12)
     * @param onExit     what File → Exit does after the demo stopped (the demo main leaves the JVM)
     */
    public DemoSnapshots(ScheduledExecutorService executor, Clock clock, long seed, long tickMillis,
                         Runnable onExit) {
        this.executor = executor;
        this.clock = clock;
        this.random = new Random(seed);
        this.latency = new DemoLatency(random);
        this.tickMillis = tickMillis;
        this.onExit = onExit;
    }

    /** Starts ticking on the executor. */
    public void start() {
        executor.execute(this::publish);
        executor.scheduleAtFixedRate(this::step, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        executor.scheduleAtFixedRate(() -> {
            eventsPerSecond = eventsThisSecond;
            eventsThisSecond = 0;
        }, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public UiSnapshot latest() {
        return latest;
    }

    /** Advances the fake game by one tick (or a cooldown step) and publishes a snapshot. */
    void step() {
        eventsThisSecond += 3;
        switch (phase) {
            case COOLDOWN, PRESALE, UNKNOWN -> {
                cooldownMs -= GAME_MS_PER_STEP;
                phase = cooldownMs <= 3000 ? GamePhase.PRESALE : GamePhase.COOLDOWN;
                if (cooldownMs <= 0) {
                    phase = GamePhase.ACTIVE;
                    cooldownMs = 0;
                    log("phase", "game " + gameId() + " started");
                    if (autoRecord && !recording) {
                        startRecording0();
                    }
                }
            }
            case ACTIVE -> activeTick();
            case RUGGED -> newGame();
        }
        publish();
    }

    private void activeTick() {
        tick++;
        double move = 1 + random.nextGaussian() * 0.03 + 0.004;
        price = price.multiply(BigDecimal.valueOf(move), MathContext.DECIMAL64).setScale(SCALE, RoundingMode.DOWN);
        prices.add(new PricePoint(tick, price));
        if (tick > 20 && random.nextDouble() < 0.006 || tick >= 1500) {
            phase = GamePhase.RUGGED;
            rug = new PricePoint(tick, price);
            log("phase", "game " + gameId() + " rugged at tick " + tick + " (" + price.setScale(4, RoundingMode.DOWN)
                    + "x)");
            qty = BigDecimal.ZERO;
            invested = BigDecimal.ZERO;
            if (recording) {
                recording = false;
                log("recording", "closed " + recordingFile);
            }
        }
        if (sidebet != null && tick > sidebet.endTick()) {
            sidebet = null;
        }
    }

    private void newGame() {
        gameNumber++;
        phase = GamePhase.COOLDOWN;
        cooldownMs = 6000;
        tick = 0;
        price = BigDecimal.ONE;
        prices.clear();
        trades.clear();
        rug = null;
        sidebet = null;
    }

    private String gameId() {
        return "20261125-demo" + String.format("%04d", gameNumber);
    }

    private void publish() {
        BigDecimal localUnrealized = qty.multiply(price).setScale(SCALE, RoundingMode.DOWN).subtract(invested);
        BigDecimal avgCost = qty.signum() == 0 ? BigDecimal.ZERO : invested.divide(qty, SCALE, RoundingMode.DOWN);
        AccountValues local = new AccountValues(cash, qty, avgCost, localUnrealized, invested);
        BigDecimal serverQty = qty.add(serverQtyOffset);
        AccountValues server = new AccountValues(cash, serverQty, avgCost,
                serverQty.multiply(price).setScale(SCALE, RoundingMode.DOWN).subtract(invested), invested);
        boolean drifting = serverQtyOffset.signum() != 0;
        List<FieldDrift> fields = drifting
                ? List.of(new FieldDrift("positionQty", qty, serverQty, serverQtyOffset)) : List.of();
        Drift drift = new Drift(drifting ? DriftState.DRIFT : DriftState.IN_SYNC, driftCount, fields, driftHistory);
        boolean trading = phase == GamePhase.ACTIVE || phase == GamePhase.PRESALE;
        Permission buy = health != Health.HEALTHY ? Permission.denied("Connection " + health.name().toLowerCase())
                : trading ? Permission.allowed() : Permission.denied("No buys during " + phase);
        Permission sell = phase != GamePhase.ACTIVE ? Permission.denied("Sells only while the game is ACTIVE")
                : qty.signum() == 0 ? Permission.denied("No position to sell") : Permission.allowed();
        Permission side = phase != GamePhase.ACTIVE ? Permission.denied("Sidebets only while the game is ACTIVE")
                : sidebet != null ? Permission.denied("A sidebet is already open") : Permission.allowed();
        latest = new UiSnapshot(
                new Connection(health, health == Health.HEALTHY ? "live" : "reconnecting…", "embedded simulator",
                        true, eventsPerSecond),
                new Game(gameId(), phase, tick, price, Math.max(0, cooldownMs), 137 + gameNumber % 20,
                        prices, trades, rug, sidebet),
                new Player(true, "demo-player", "did:privy:demo0001"),
                Account.of(local, server),
                drift,
                latency.snapshot(),
                new Recording(recording, recording ? recordingFile : null, autoRecord, folder, replay),
                new Permissions(buy, sell, side),
                events,
                notices);
    }

    private void log(String type, String text) {
        events.add(new LogEntry(clock.instant(), type, text));
        if (events.size() > UiSnapshot.MAX_EVENTS) {
            events.remove(0);
        }
    }

    private void notice(NoticeLevel level, String text) {
        notices.add(new Notice(++noticeId, clock.instant(), level, text));
        if (notices.size() > UiSnapshot.MAX_NOTICES) {
            notices.remove(0);
        }
    }

    private void onDomain(Runnable action) {
        executor.execute(() -> {
            action.run();
            publish();
        });
    }

    @Override
    public void buy(BigDecimal amountSol) {
        onDomain(() -> {
            if (amountSol.compareTo(cash) > 0) {
                notice(NoticeLevel.ERROR, "Buy failed: not enough cash");
                log("trade", "buy of " + amountSol + " SOL rejected: not enough cash");
                return;
            }
            BigDecimal bought = amountSol.divide(price, SCALE, RoundingMode.DOWN);
            cash = cash.subtract(amountSol);
            qty = qty.add(bought);
            invested = invested.add(amountSol);
            trades.add(new TradeMarker(tick, price, Side.BUY));
            latency.confirmed();
            log("trade", "bought " + bought + " for " + amountSol + " SOL at " + price.setScale(4, RoundingMode.DOWN));
        });
    }

    @Override
    public void sell(int percent) {
        onDomain(() -> {
            BigDecimal sold = qty.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), SCALE,
                    RoundingMode.DOWN);
            BigDecimal proceeds = sold.multiply(price).setScale(SCALE, RoundingMode.DOWN);
            BigDecimal share = qty.signum() == 0 ? BigDecimal.ZERO
                    : invested.multiply(sold).divide(qty, SCALE, RoundingMode.DOWN);
            qty = qty.subtract(sold);
            invested = invested.subtract(share);
            cash = cash.add(proceeds);
            trades.add(new TradeMarker(tick, price, Side.SELL));
            latency.confirmed();
            log("trade", "sold " + percent + " % (" + sold + ") for " + proceeds + " SOL");
        });
    }

    @Override
    public void sidebet(BigDecimal amountSol) {
        onDomain(() -> {
            sidebet = new SidebetWindow(tick, tick + 40);
            cash = cash.subtract(amountSol);
            latency.confirmed();
            log("sidebet", "sidebet " + amountSol + " SOL on ticks " + tick + "–" + (tick + 40));
        });
    }

    @Override
    public void adoptServerState() {
        onDomain(() -> {
            qty = qty.add(serverQtyOffset);
            serverQtyOffset = BigDecimal.ZERO;
            driftHistory.add(new DriftEntry(clock.instant(), DriftState.IN_SYNC, List.of()));
            log("drift", "adopted the server's account");
        });
    }

    @Override
    public void setAutoRecord(boolean enabled) {
        onDomain(() -> {
            autoRecord = enabled;
            log("recording", "auto-record " + (enabled ? "on" : "off"));
        });
    }

    @Override
    public void startRecording() {
        onDomain(this::startRecording0);
    }

    private void startRecording0() {
        recording = true;
        recordingFile = gameId() + ".jsonl.partial";
        log("recording", "recording to " + recordingFile);
    }

    @Override
    public void stopRecording() {
        onDomain(() -> {
            recording = false;
            log("recording", "stopped " + recordingFile);
        });
    }

    @Override
    public void chooseRecordingFolder(Path newFolder) {
        onDomain(() -> folder = newFolder.toString());
    }

    @Override
    public void openRecording(Path file) {
        onDomain(() -> {
            replay = new Replay(true, file.getFileName().toString(), false, 1.0, 0, 1200);
            notice(NoticeLevel.INFO, "The demo shows the replay controls only; the live game goes on");
        });
    }

    @Override
    public void replayPlay() {
        changeReplay(r -> new Replay(true, r.fileName(), true, r.speed(), r.position(), r.length()));
    }

    @Override
    public void replayPause() {
        changeReplay(r -> new Replay(true, r.fileName(), false, r.speed(), r.position(), r.length()));
    }

    @Override
    public void replayStep() {
        changeReplay(r -> new Replay(true, r.fileName(), false, r.speed(), Math.min(r.length(), r.position() + 1),
                r.length()));
    }

    @Override
    public void replaySpeed(double factor) {
        changeReplay(r -> new Replay(true, r.fileName(), r.playing(), factor, r.position(), r.length()));
    }

    private void changeReplay(java.util.function.UnaryOperator<Replay> change) {
        onDomain(() -> replay = replay.open() ? change.apply(replay) : replay);
    }

    @Override
    public void closeReplay() {
        onDomain(() -> replay = Replay.closed());
    }

    @Override
    public void connect(String url) {
        onDomain(() -> notice(NoticeLevel.INFO, "The demo cannot connect to " + url));
    }

    @Override
    public void useEmbeddedSimulator() {
        onDomain(() -> health = Health.HEALTHY);
    }

    @Override
    public void disconnect() {
        onDomain(() -> health = Health.DISCONNECTED);
    }

    @Override
    public void reconnect() {
        onDomain(() -> health = Health.HEALTHY);
    }

    @Override
    public void injectDrift() {
        onDomain(() -> {
            serverQtyOffset = serverQtyOffset.add(DRIFT_OFFSET);
            driftCount++;
            driftHistory.add(new DriftEntry(clock.instant(), DriftState.DRIFT,
                    List.of(new FieldDrift("positionQty", qty, qty.add(serverQtyOffset), serverQtyOffset))));
            notice(NoticeLevel.WARNING, "Drift: positionQty differs from the server");
            log("drift", "positionQty drifts by " + serverQtyOffset);
        });
    }

    @Override
    public void addLatency(int ms) {
        onDomain(() -> {
            log("sim", "confirmations now delayed by " + latency.addExtra(ms) + " ms");
        });
    }

    @Override
    public void dropConnection() {
        onDomain(() -> {
            health = Health.STALE;
            notice(NoticeLevel.WARNING, "Connection dropped: reconnecting");
            executor.schedule(() -> {
                health = Health.HEALTHY;
                publish();
            }, 3, TimeUnit.SECONDS);
        });
    }

    @Override
    public void exit() {
        executor.shutdownNow();
        onExit.run();
    }
}
