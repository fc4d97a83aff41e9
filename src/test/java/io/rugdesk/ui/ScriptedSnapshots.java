package io.rugdesk.ui;

/** A snapshot source the test sets by hand, as the domain thread would. Thread: any. */
final class ScriptedSnapshots implements SnapshotSource {

    private volatile UiSnapshot latest;

    ScriptedSnapshots(UiSnapshot first) {
        latest = first;
    }

    void set(UiSnapshot snapshot) {
        latest = snapshot;
    }

    @Override
    public UiSnapshot latest() {
        return latest;
    }
}
