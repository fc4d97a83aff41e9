package io.rugdesk.app.gui;

import io.rugdesk.app.SessionConfig;
import io.rugdesk.event.Stamp;
import io.rugdesk.risk.RequestEmergencyStop;
import io.rugdesk.risk.RequestRiskRearm;
import io.rugdesk.risk.RequestRiskSettings;
import io.rugdesk.ui.AccountMode;
import io.rugdesk.ui.RiskLimitsForm;
import io.rugdesk.ui.RiskStatus;
import io.rugdesk.recording.RecordingSettings;
import io.rugdesk.recording.RequestAutoRecord;
import io.rugdesk.recording.RequestStartRecording;
import io.rugdesk.recording.RequestStopRecording;
import io.rugdesk.sim.SimServer;
import io.rugdesk.trading.RequestAdoptServerState;
import io.rugdesk.trading.RequestBuy;
import io.rugdesk.trading.RequestSell;
import io.rugdesk.trading.RequestSidebet;
import io.rugdesk.ui.UiCommands;
import io.rugdesk.ui.UiSnapshot.NoticeLevel;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The window's actions as commands on the live session's bus. Every method returns at once: trading and
 * recording commands are {@code Request*} events (the domain thread answers in a later snapshot); anything that
 * blocks (swapping the session, a simulator fault, writing the settings file) runs on the sessions' switch
 * thread. The token never passes through here: a swap reuses the one the app was started with.
 * Thread: called on the EDT.
 */
public final class BusUiCommands implements UiCommands {

    /** The sell fee the simulator takes after "Inject drift": the client does not know it, so cash drifts. */
    public static final int INJECTED_SELL_FEE_BPS = 50;

    private final GuiSessions sessions;
    private final LongSupplier clockMillis;
    private final SessionConfig embeddedConfig;
    private final Runnable onExit;
    private final Replays replays;
    private final AtomicLong addedLatencyMs = new AtomicLong();

    /**
     * @param embeddedConfig the configuration of this app's session (its token, config folder, simulator
     *                       settings); "Connect to server…" copies it with another URL, "Use embedded simulator"
     *                       with none
     * @param onExit         told when the user quits (the app then closes the sessions)
     */
    public BusUiCommands(GuiSessions sessions, LongSupplier clockMillis, SessionConfig embeddedConfig,
                         Replays replays, Runnable onExit) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
        this.embeddedConfig = Objects.requireNonNull(embeddedConfig, "embeddedConfig");
        this.replays = Objects.requireNonNull(replays, "replays");
        this.onExit = Objects.requireNonNull(onExit, "onExit");
    }

    private Stamp stamp() {
        return Stamp.local(0, clockMillis.getAsLong());
    }

    private void publish(Object command) {
        sessions.current().ifPresentOrElse(live -> live.session().bus().publish(command),
                () -> sessions.notice(NoticeLevel.WARNING, "Not connected: nothing was sent"));
    }

    @Override
    public void buy(BigDecimal amountSol) {
        publish(new RequestBuy(stamp(), amountSol));
    }

    @Override
    public void sell(int percent) {
        publish(new RequestSell(stamp(), percent));
    }

    @Override
    public void sidebet(BigDecimal amountSol) {
        publish(new RequestSidebet(stamp(), amountSol));
    }

    @Override
    public void emergencyStop() {
        publish(new RequestEmergencyStop(stamp(), "window"));
    }

    @Override
    public void rearmRisk() {
        publish(new RequestRiskRearm(stamp()));
    }

    @Override
    public void riskLimits(RiskLimitsForm form) {
        try {
            publish(new RequestRiskSettings(stamp(), RiskForms.settings(form)));
        } catch (IllegalArgumentException e) {
            sessions.notice(NoticeLevel.WARNING, "Risk limits not changed: " + e.getMessage());
        }
    }

    @Override
    public RiskLimitsForm currentRiskLimits() {
        return sessions.current().map(live -> RiskForms.form(live.session().risk().settings()))
                .orElse(RiskLimitsForm.NONE);
    }

    @Override
    public RiskStatus riskStatus() {
        return sessions.current().map(live -> RiskForms.status(live.session().risk().state()))
                .orElse(RiskStatus.ARMED);
    }

    @Override
    public AccountMode accountMode() {
        return sessions.current().map(live -> {
            WindowTrading.View view = live.trading().view();
            return view.paper() ? AccountMode.PAPER : view.running() && view.live() ? AccountMode.LIVE_BOT
                    : AccountMode.REAL;
        }).orElse(AccountMode.REAL);
    }

    @Override
    public void adoptServerState() {
        publish(new RequestAdoptServerState(stamp()));
    }

    @Override
    public void setAutoRecord(boolean enabled) {
        publish(new RequestAutoRecord(stamp(), enabled));
    }

    @Override
    public void startRecording() {
        publish(new RequestStartRecording(stamp()));
    }

    @Override
    public void stopRecording() {
        publish(new RequestStopRecording(stamp()));
    }

    @Override
    public void openBacktest(String recordingFolder) {
        BacktestWindow.open(recordingFolder);
    }

    /** Saves the folder in settings.properties; the recorder reads it when the next session starts. */
    @Override
    public void chooseRecordingFolder(Path folder) {
        Path configDir = embeddedConfig.configDir();
        if (configDir == null) {
            sessions.notice(NoticeLevel.WARNING, "No settings folder: the recording folder cannot be saved");
            return;
        }
        sessions.background(() -> {
            try {
                RecordingSettings.saveFolder(configDir, folder);
                sessions.notice(NoticeLevel.INFO, "Recordings will go to " + folder
                        + " from the next connection (Connection → Reconnect does not restart the recorder)");
            } catch (IOException e) {
                sessions.notice(NoticeLevel.ERROR, "Could not save the recording folder: " + e.getMessage());
            }
        });
    }

    /** The open session's recording folder, else the configured one. */
    @Override
    public void openHistory() {
        HistoryWindow.open(sessions.current().map(live -> live.session().recorder().folder())
                .orElseGet(() -> RecordingSettings.forSession(embeddedConfig.configDir(),
                        embeddedConfig.recordingFolder(), null).folder()));
    }

    @Override
    public void openRecording(Path file) {
        replays.open(file);
    }

    @Override
    public void replayPlay() {
        replays.play();
    }

    @Override
    public void replayPause() {
        replays.pause();
    }

    @Override
    public void replayStep() {
        replays.step();
    }

    @Override
    public void replaySpeed(double factor) {
        replays.speed(factor);
    }

    @Override
    public void closeReplay() {
        replays.close();
    }

    @Override
    public void connect(String url) {
        swapTo(embeddedConfig.withServerUrl(url), url);
    }

    @Override
    public void useEmbeddedSimulator() {
        swapTo(embeddedConfig.withServerUrl(null), "the embedded simulator");
    }

    private void swapTo(SessionConfig config, String where) {
        sessions.open(config).whenComplete((live, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                sessions.notice(NoticeLevel.ERROR, cause.getMessage());
            } else {
                sessions.notice(NoticeLevel.INFO, "Connected to " + where);
            }
        });
    }

    @Override
    public void disconnect() {
        onSession(live -> live.session().disconnect());
    }

    @Override
    public void reconnect() {
        onSession(live -> live.session().reconnect());
    }

    @Override
    public void injectDrift() {
        onSimulator(sim -> {
            sim.setDriftFeeBps(INJECTED_SELL_FEE_BPS);
            sessions.notice(NoticeLevel.INFO, "Simulator: sells now pay a " + INJECTED_SELL_FEE_BPS
                    + " bps fee the client does not expect; the next SELL makes cash drift");
        });
    }

    @Override
    public void addLatency(int ms) {
        onSimulator(sim -> {
            long total = addedLatencyMs.addAndGet(ms);
            sim.setFaults(total, 0, 0);
            sessions.notice(NoticeLevel.INFO, "Simulator: confirmations now delayed by " + total + " ms");
        });
    }

    @Override
    public void dropConnection() {
        onSimulator(sim -> {
            sim.disconnectAll();
            sessions.notice(NoticeLevel.INFO, "Simulator: dropped every connection");
        });
    }

    @Override
    public void exit() {
        onExit.run();
    }

    private void onSession(Consumer<GuiSessions.Live> work) {
        Optional<GuiSessions.Live> live = sessions.current();
        if (live.isEmpty()) {
            sessions.notice(NoticeLevel.WARNING, "No session is running");
            return;
        }
        sessions.background(() -> work.accept(live.get()));
    }

    private void onSimulator(Consumer<SimServer> fault) {
        Optional<SimServer> sim = sessions.current().flatMap(live -> live.session().embeddedSimulator());
        if (sim.isEmpty()) {
            sessions.notice(NoticeLevel.WARNING, "Simulator faults need the embedded simulator");
            return;
        }
        sessions.background(() -> fault.accept(sim.get()));
    }
}
