package io.rugdesk.trading;

import io.rugdesk.protocol.OrderAck;
import java.util.function.Consumer;

/**
 * Where orders leave the client: implemented by the feed over Socket.IO (emit with an ACK id).
 * Thread: called on the domain thread; {@code onAck} may run on any thread, so the controller only publishes an
 * event from it. An implementation that cannot send throws {@link IllegalStateException}.
 */
public interface OrderGateway {

    void emitWithAck(String event, String payloadJson, Consumer<OrderAck> onAck);
}
