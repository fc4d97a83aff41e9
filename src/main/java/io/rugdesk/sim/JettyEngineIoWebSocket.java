package io.rugdesk.sim;

import io.socket.engineio.server.EngineIoServer;
import io.socket.engineio.server.EngineIoWebSocket;
import io.socket.engineio.server.utils.ParseQS;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bridges one Jetty 12 WebSocket session to Engine.IO. engine.io-server's own Jetty module targets the old
 * {@code Session.getRemote()} API, which Jetty 12 removed (design.md §9). Writes are asynchronous: Jetty queues
 * the frames, so a slow client never blocks the game loop. Thread: Jetty's WebSocket threads call the
 * listener methods; {@link #write} may be called from any thread.
 */
public final class JettyEngineIoWebSocket extends EngineIoWebSocket implements Session.Listener.AutoDemanding {

    private static final Logger LOG = LoggerFactory.getLogger(JettyEngineIoWebSocket.class);

    private final EngineIoServer engineIo;
    private volatile Session session;
    private Map<String, String> query = Map.of();
    private Map<String, List<String>> headers = Map.of();

    public JettyEngineIoWebSocket(EngineIoServer engineIo) {
        this.engineIo = engineIo;
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        session = opened;
        String queryString = opened.getUpgradeRequest().getQueryString();
        query = queryString == null ? Map.of() : ParseQS.decode(queryString);
        headers = opened.getUpgradeRequest().getHeaders();
        engineIo.handleWebSocket(this);
    }

    @Override
    public void onWebSocketText(String message) {
        emit("message", message);
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        byte[] bytes = new byte[payload.remaining()];
        payload.get(bytes);
        callback.succeed();
        emit("message", (Object) bytes);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
        session = null;
        callback.succeed();
        emit("close");
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("WebSocket error", cause);
        emit("error", "write error", cause.getMessage());
    }

    @Override
    public Map<String, String> getQuery() {
        return query;
    }

    @Override
    public Map<String, List<String>> getConnectionHeaders() {
        return headers;
    }

    @Override
    public void write(String message) {
        Session current = session;
        if (current != null) {
            current.sendText(message, Callback.from(() -> { }, failure -> LOG.debug("text write failed", failure)));
        }
    }

    @Override
    public void write(byte[] message) {
        Session current = session;
        if (current != null) {
            current.sendBinary(ByteBuffer.wrap(message),
                    Callback.from(() -> { }, failure -> LOG.debug("binary write failed", failure)));
        }
    }

    @Override
    public void close() {
        Session current = session;
        if (current != null) {
            current.close();
        }
    }
}
