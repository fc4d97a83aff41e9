package io.rugdesk.recording;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/**
 * The recorder's writer thread, held by the test: tasks wait until {@link #runAll()} (a disk that has not
 * caught up yet), so a test sees what the domain side did without any write having happened. Thread: the test's.
 */
final class HeldWriter implements Executor {

    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private int ran;

    @Override
    public void execute(Runnable task) {
        waiting.addLast(task);
    }

    /** Runs every waiting task, in order, as the writer thread would. */
    void runAll() {
        while (!waiting.isEmpty()) {
            waiting.removeFirst().run();
            ran++;
        }
    }

    int waiting() {
        return waiting.size();
    }

    int ran() {
        return ran;
    }
}
