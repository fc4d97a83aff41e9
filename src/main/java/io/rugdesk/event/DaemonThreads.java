package io.rugdesk.event;

import java.util.concurrent.ThreadFactory;

/**
 * Thread factories for the app's helper threads: daemon threads (they never keep the JVM alive once the user is
 * done) with a name that says their role in a thread dump and in the Javadoc that refers to them.
 * Thread: any.
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** A factory whose threads are daemons named {@code name}. */
    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
