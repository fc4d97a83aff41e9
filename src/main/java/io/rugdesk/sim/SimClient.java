package io.rugdesk.sim;

import io.socket.socketio.server.SocketIoSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connected Socket.IO client as the simulator sees it. Sends never throw: a client that vanished mid-send is
 * simply skipped (its disconnect event follows). Thread: the simulator's loop thread.
 */
final class SimClient {

    private static final Logger LOG = LoggerFactory.getLogger(SimClient.class);

    private final SocketIoSocket socket;
    private boolean authenticated;

    SimClient(SocketIoSocket socket) {
        this.socket = socket;
    }

    String id() {
        return socket.getId();
    }

    boolean authenticated() {
        return authenticated;
    }

    void markAuthenticated() {
        authenticated = true;
    }

    /** One-argument event ({@code gameStateUpdate}, {@code playerUpdate}, …); payload already in wire form. */
    void send(String event, Object wirePayload) {
        emit(event, wirePayload);
    }

    /** Two-argument traced event: a fresh traceparent object, then the payload (protocol.md §1.8). */
    void sendTraced(String event, Object wirePayload) {
        emit(event, WireJson.traceObject(), wirePayload);
    }

    void sendRaw(String event, Object... wireArgs) {
        emit(event, wireArgs);
    }

    void disconnect() {
        try {
            socket.disconnect(true);
        } catch (RuntimeException alreadyGone) {
            LOG.debug("disconnect of {} failed", id(), alreadyGone);
        }
    }

    private void emit(String event, Object... args) {
        try {
            socket.send(event, args);
        } catch (RuntimeException gone) {
            LOG.debug("send of {} to {} failed", event, id(), gone);
        }
    }
}
