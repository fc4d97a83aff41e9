package io.rugdesk.feed;

import io.socket.thread.EventThread;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * socket.io-client's WebSocket factory ({@code IO.Options.webSocketFactory}) that lets the feed take each
 * plain event message on OkHttp's reader thread, as it is read, instead of after a hop to socket.io-client's
 * EventThread. That thread is ended whenever its queue runs empty and started again for the next message, so
 * at the real cadence every frame paid a thread start and a hand-off before it was even decoded
 * (docs/performance.md); the reader thread lives as long as the connection.
 *
 * <p>Wire order is kept: every message the feed does not take (connect, disconnect, ping, an order's ACK,
 * binary packets, events of another namespace) goes to the library's listener, whose work runs on the
 * EventThread; while any such work is still queued there, events go that way too (the library's path, which
 * gives the same frames). Only when the EventThread has caught up does the reader thread take events again, so
 * an ACK is always applied between the frames it came between. Opening a WebSocket counts as library work, so
 * a transport upgrade waits for what polling delivered.
 *
 * <p>Thread: {@link #newWebSocket} on socket.io-client's EventThread; the listener on OkHttp's reader thread
 * of each WebSocket; {@code take} is called there, one message at a time, never at the same time as the
 * EventThread delivers frames.
 */
final class ReaderThreadEvents implements WebSocket.Factory {

    /** An Engine.IO MESSAGE ({@code 4}) carrying a Socket.IO EVENT ({@code 2}). */
    private static final String EVENT_MESSAGE_PREFIX = "42";

    private final WebSocket.Factory http;
    private final Predicate<String> take;
    /** Messages handed to the library whose work on the EventThread has not finished yet. */
    private final AtomicInteger libraryBacklog = new AtomicInteger();

    /**
     * @param take given an Engine.IO message text starting with {@code 42}, decodes and publishes it and answers
     *             true, or answers false to leave it to the library
     */
    ReaderThreadEvents(WebSocket.Factory http, Predicate<String> take) {
        this.http = Objects.requireNonNull(http, "http");
        this.take = Objects.requireNonNull(take, "take");
    }

    @Override
    public WebSocket newWebSocket(Request request, WebSocketListener library) {
        return http.newWebSocket(request, new Listener(library));
    }

    /** Messages handed to the library and not yet handled by it (tests). */
    int libraryBacklog() {
        return libraryBacklog.get();
    }

    private void toLibrary(Runnable handOver) {
        libraryBacklog.incrementAndGet();
        try {
            handOver.run();
        } finally {
            // the EventThread runs its tasks one at a time in order: this one runs after the library's own
            EventThread.exec(libraryBacklog::decrementAndGet);
        }
    }

    private final class Listener extends WebSocketListener {
        private final WebSocketListener library;

        Listener(WebSocketListener library) {
            this.library = library;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            toLibrary(() -> library.onOpen(webSocket, response));
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            if (libraryBacklog.get() == 0 && text.startsWith(EVENT_MESSAGE_PREFIX) && take.test(text)) {
                return;
            }
            toLibrary(() -> library.onMessage(webSocket, text));
        }

        @Override
        public void onMessage(WebSocket webSocket, ByteString bytes) {
            toLibrary(() -> library.onMessage(webSocket, bytes));
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            library.onClosing(webSocket, code, reason);
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            toLibrary(() -> library.onClosed(webSocket, code, reason));
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable error, Response response) {
            toLibrary(() -> library.onFailure(webSocket, error, response));
        }
    }
}
