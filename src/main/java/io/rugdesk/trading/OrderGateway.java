package io.rugdesk.trading;

import io.rugdesk.protocol.OrderAck;
import java.util.function.Consumer;

/**
 * Where orders leave the client: implemented by the feed over Socket.IO (emit with an ACK id).
 * Thread: called on the domain thread; {@code onAck} may run on any thread, so the controller only publishes an
 * event from it. The server's ACK must be handed over in wire order with the frames (the feed calls back on the
 * socket's thread, which also publishes the frames): the ACK is then handled after the account update the server
 * sent before it (docs/adr/0004). An implementation that cannot send throws {@link IllegalStateException}.
 */
public interface OrderGateway {

    void emitWithAck(String event, String payloadJson, Consumer<OrderAck> onAck);

    /**
     * True for a server: it executes an order at its own current tick, never older than a tick the socket had
     * already received when the order was sent. False for a paper exchange that follows the bus on the domain
     * thread: it executes at the tick the domain thread last handled, even while later ticks wait on the bus.
     */
    default boolean executesAtTheServersTick() {
        return true;
    }
}
