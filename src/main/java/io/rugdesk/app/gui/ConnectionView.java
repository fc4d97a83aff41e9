package io.rugdesk.app.gui;

import io.rugdesk.event.DomainLoadObserved;
import io.rugdesk.feed.ConnectionHealth;
import io.rugdesk.feed.ConnectionHealthChanged;
import io.rugdesk.feed.Connected;
import io.rugdesk.feed.Disconnected;
import io.rugdesk.feed.ReconnectScheduled;
import io.rugdesk.ui.UiSnapshot.Connection;
import io.rugdesk.ui.UiSnapshot.DomainLoad;
import io.rugdesk.ui.UiSnapshot.Health;
import java.util.Locale;

/**
 * The status bar's connection state from the feed's facts; each change returns the line for the event log.
 * Thread: the domain thread only.
 */
final class ConnectionView {

    private Health health = Health.DISCONNECTED;
    private String healthText = "not connected";
    private DomainLoad domainLoad = DomainLoad.unmeasured();

    String connecting(String serverLabel) {
        health = Health.DISCONNECTED;
        healthText = "connecting…";
        return "connecting to " + serverLabel;
    }

    String connected(Connected event) {
        healthText = "connected, waiting for the game";
        return "connected (" + event.transport() + ")";
    }

    String disconnected(Disconnected event) {
        health = Health.DISCONNECTED;
        healthText = "disconnected: " + event.reason();
        return healthText;
    }

    String reconnectScheduled(ReconnectScheduled event) {
        healthText = String.format(Locale.ROOT, "reconnecting in %.1f s (attempt %d)", event.delayMs() / 1000.0,
                event.attempt());
        return healthText;
    }

    String healthChanged(ConnectionHealthChanged event) {
        health = Health.valueOf(event.health().name());
        healthText = event.health() == ConnectionHealth.HEALTHY ? "live" : event.reason();
        return "health " + event.health().name().toLowerCase(Locale.ROOT)
                + (event.reason() == null || event.reason().isBlank() ? "" : ": " + event.reason());
    }

    /** The bus's queue and the domain thread's lateness over the last second; not logged (one a second). */
    void loadObserved(DomainLoadObserved event) {
        domainLoad = DomainLoad.of(event.maxWaitMicros(), event.queuedEvents(), event.maxQueuedEvents());
    }

    Connection snapshot(SnapshotAssembler.SessionFacts facts, double eventsPerSecond) {
        return new Connection(health, healthText, facts.serverLabel(), facts.embeddedSimulator(), eventsPerSecond,
                domainLoad);
    }
}
