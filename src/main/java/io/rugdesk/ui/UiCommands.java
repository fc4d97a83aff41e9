package io.rugdesk.ui;

import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * Every action the window can ask for. The window calls these on the EDT, so an implementation must return at
 * once: it posts a {@code Request*} command to the domain thread and never waits for the result, which comes
 * back in a later {@link UiSnapshot}. Thread: called on the EDT only.
 */
public interface UiCommands {

    /** Buys for {@code amountSol} SOL (already validated: positive, at most 9 decimals, at least 0.001). */
    void buy(BigDecimal amountSol);

    /** Sells {@code percent} (10, 25, 50 or 100) of the position. */
    void sell(int percent);

    /** Places a sidebet of {@code amountSol} SOL. */
    void sidebet(BigDecimal amountSol);

    /** Replaces the local account model by the server's values (offered while drift is shown). */
    void adoptServerState();

    /** The Auto-record checkbox changed (the app remembers it). */
    void setAutoRecord(boolean enabled);

    void startRecording();

    void stopRecording();

    void chooseRecordingFolder(Path folder);

    /** Opens a recording for replay (paused at its start); {@link UiSnapshot.Replay} then follows it. */
    void openRecording(Path file);

    void replayPlay();

    void replayPause();

    /** Replays the next record (one tick or event) while paused. */
    void replayStep();

    /** Replay speed factor (0.5, 1, 2, 5, 20). */
    void replaySpeed(double factor);

    /** Closes the replay and goes back to the live game. */
    void closeReplay();

    /** Connects to a real backend; a token, if any, is the app's business and never passes through the UI. */
    void connect(String url);

    void useEmbeddedSimulator();

    void disconnect();

    void reconnect();

    /** Simulator only: makes the server's account differ from the client's so the drift indicator reacts. */
    void injectDrift();

    /** Simulator only: delays the simulator's confirmations by {@code ms} more milliseconds. */
    void addLatency(int ms);

    /** Simulator only: drops the socket so reconnect and health can be watched. */
    void dropConnection();

    /** The emergency stop (button, Ctrl+Shift+X): strategies stop, buys and sidebets refused until re-armed. */
    default void emergencyStop() {
    }

    /** Re-arms the risk guard after a limit or the emergency stop. */
    default void rearmRisk() {
    }

    /** New risk limits from Settings → Risk limits (the app checks, applies and saves them). */
    default void riskLimits(RiskLimitsForm limits) {
    }

    /** The limits in force, to fill the dialog; must return at once. */
    default RiskLimitsForm currentRiskLimits() {
        return RiskLimitsForm.NONE;
    }

    /** The risk guard's state for the risk row; read on every refresh, so it must return at once. */
    default RiskStatus riskStatus() {
        return RiskStatus.ARMED;
    }

    /** The account the money figures are (paper, real, real with a live strategy); read on every refresh. */
    default AccountMode accountMode() {
        return AccountMode.REAL;
    }

    /** View → History: open the history of the recording folder (a window of its own). */
    default void openHistory() {
    }

    /** File → Backtest…: opens the backtest window, the recording folder shown (may be null) as its source. */
    default void openBacktest(String recordingFolder) {
    }

    /** The user asked to quit (window state is already saved). */
    void exit();
}
