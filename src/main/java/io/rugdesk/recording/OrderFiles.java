package io.rugdesk.recording;

import io.rugdesk.event.Event;
import io.rugdesk.trading.ConfirmedOrderNotApplied;
import io.rugdesk.trading.LatencyMeasured;
import io.rugdesk.trading.LatencySpikeDetected;
import io.rugdesk.trading.OrderAcknowledged;
import io.rugdesk.trading.OrderConfirmed;
import io.rugdesk.trading.OrderFailed;
import io.rugdesk.trading.OrderSeenInServerState;
import io.rugdesk.trading.OrderSubmitted;
import io.rugdesk.trading.OrderTimedOut;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which file an order's records belong to: the one its {@code orderSubmitted} went to. An order filled right at
 * the rug is acknowledged after {@code gameEnded}, when its game's file no longer is the live one; its later
 * records must still go there (and that file waits for them before its footer), not to no file or to the next
 * game's. Thread: the recorder's (domain) thread only.
 */
final class OrderFiles {

    /** Orders remembered: far more than are ever in flight across the few files open at once. */
    static final int REMEMBERED_ORDERS = 512;

    private final Map<Long, RecordingSession> files = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RecordingSession> eldest) {
            return size() > REMEMBERED_ORDERS;
        }
    };

    /** The order an event is about, or null when it is about none. */
    static Long orderIdOf(Event event) {
        if (event instanceof OrderSubmitted e) {
            return e.orderId();
        } else if (event instanceof OrderAcknowledged e) {
            return e.orderId();
        } else if (event instanceof OrderConfirmed e) {
            return e.orderId();
        } else if (event instanceof OrderFailed e) {
            return e.orderId();
        } else if (event instanceof OrderTimedOut e) {
            return e.orderId();
        } else if (event instanceof OrderSeenInServerState e) {
            return e.orderId();
        } else if (event instanceof ConfirmedOrderNotApplied e) {
            return e.orderId();
        } else if (event instanceof LatencyMeasured e) {
            return e.orderId();
        } else if (event instanceof LatencySpikeDetected e) {
            return e.orderId();
        }
        return null;
    }

    /** Whether the event is an order's last word: confirmed or failed (a refusal, a timeout, a send error). */
    static boolean settles(Event event) {
        return event instanceof OrderConfirmed || event instanceof OrderFailed;
    }

    void submitted(long orderId, RecordingSession file) {
        file.unsettledOrders.add(orderId);
        files.put(orderId, file);
    }

    /** The file the order was submitted into, or null when unknown. */
    RecordingSession fileOf(long orderId) {
        return files.get(orderId);
    }

    /** The order is settled; returns the file it belonged to (null when unknown). */
    RecordingSession settled(long orderId) {
        RecordingSession file = files.remove(orderId);
        if (file != null) {
            file.unsettledOrders.remove(orderId);
        }
        return file;
    }
}
