package io.rugdesk.ui;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.SwingUtilities;

/**
 * The UI's own port, faked: records each call as text ("buy 0.05", "setAutoRecord true") and checks it came on
 * the EDT, as the contract says. Thread: called on the EDT, read by the test thread.
 */
final class RecordedCommands implements UiCommands {

    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<String> offEdt = new CopyOnWriteArrayList<>();

    private void record(String call) {
        if (!SwingUtilities.isEventDispatchThread()) {
            offEdt.add(call);
        }
        calls.add(call);
    }

    @Override
    public void buy(BigDecimal amountSol) {
        record("buy " + amountSol.toPlainString());
    }

    @Override
    public void sell(int percent) {
        record("sell " + percent);
    }

    @Override
    public void sidebet(BigDecimal amountSol) {
        record("sidebet " + amountSol.toPlainString());
    }

    @Override
    public void adoptServerState() {
        record("adoptServerState");
    }

    @Override
    public void setAutoRecord(boolean enabled) {
        record("setAutoRecord " + enabled);
    }

    @Override
    public void startRecording() {
        record("startRecording");
    }

    @Override
    public void stopRecording() {
        record("stopRecording");
    }

    @Override
    public void chooseRecordingFolder(Path folder) {
        record("chooseRecordingFolder " + folder);
    }

    @Override
    public void openRecording(Path file) {
        record("openRecording " + file);
    }

    @Override
    public void replayPlay() {
        record("replayPlay");
    }

    @Override
    public void replayPause() {
        record("replayPause");
    }

    @Override
    public void replayStep() {
        record("replayStep");
    }

    @Override
    public void replaySpeed(double factor) {
        record("replaySpeed " + factor);
    }

    @Override
    public void closeReplay() {
        record("closeReplay");
    }

    @Override
    public void connect(String url) {
        record("connect " + url);
    }

    @Override
    public void useEmbeddedSimulator() {
        record("useEmbeddedSimulator");
    }

    @Override
    public void disconnect() {
        record("disconnect");
    }

    @Override
    public void reconnect() {
        record("reconnect");
    }

    @Override
    public void injectDrift() {
        record("injectDrift");
    }

    @Override
    public void addLatency(int ms) {
        record("addLatency " + ms);
    }

    @Override
    public void dropConnection() {
        record("dropConnection");
    }

    @Override
    public void exit() {
        record("exit");
    }

    volatile RiskStatus riskStatus = RiskStatus.ARMED;

    @Override
    public void emergencyStop() {
        record("emergencyStop");
    }

    @Override
    public void rearmRisk() {
        record("rearmRisk");
    }

    @Override
    public void riskLimits(RiskLimitsForm limits) {
        record("riskLimits " + limits);
    }

    @Override
    public RiskStatus riskStatus() {
        return riskStatus;
    }
}
