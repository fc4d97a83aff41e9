package io.rugdesk.event;

/**
 * How loaded the domain thread was over the last period (about a second): events waiting on the bus now, the
 * most that waited at once, and the longest an event waited between being published and being delivered (the
 * domain thread's lateness). A fact for the health view. Published by
 * {@code feed.ConnectionHealthMonitor} from {@link EventBus#takeLoad()}; heard by the window's
 * {@code app.gui.SnapshotAssembler}, which shows it in the status bar ("domain lag 3 ms, queue 0").
 */
public record DomainLoadObserved(Stamp stamp, int queuedEvents, int maxQueuedEvents, long maxWaitMicros)
        implements Event { }
