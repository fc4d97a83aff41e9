package io.rugdesk.event;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Factory for the single {@code rugdesk-domain} thread that owns all mutable domain state (design.md §5). */
public final class DomainThread {

    /** Name of the one domain thread; a class's Javadoc refers to it as "the domain thread". */
    public static final String NAME = "rugdesk-domain";

    private DomainThread() {
    }

    /** A new single-thread executor whose one daemon thread is named {@value #NAME}. */
    public static ExecutorService start() {
        return Executors.newSingleThreadExecutor(DaemonThreads.named(NAME));
    }

    /** True when the caller runs on the domain thread. */
    public static boolean isCurrent() {
        return NAME.equals(Thread.currentThread().getName());
    }
}
