package io.rugdesk.feed;

import io.socket.thread.EventThread;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
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
 * EventThread. An event read while such work is still queued there waits on the reader thread until the
 * EventThread has caught up (a few milliseconds: the library's packets are small and rare), then is taken, so
 * an ACK is always applied between the frames it came between. Waiting rather than sending the event the
 * library's way too matters in a flood: the EventThread is slower than the reader, so once events went its way
 * they never came back (its unbounded queue grew by thousands of frames, and GC with it: 2,300–4,900 instead of
 * 7,700–9,300 frames/s, docs/performance.md). Only if the EventThread has not caught up within
 * {@link #LIBRARY_CATCH_UP_NANOS} does the event take the library's path (the same frames, in order). Opening a
 * WebSocket counts as library work, so a transport upgrade waits for what polling delivered.
 *
 * <p>Thread: {@link #newWebSocket} on socket.io-client's EventThread; the listener on OkHttp's reader thread
 * of each WebSocket; {@code take} is called there, one message at a time, never at the same time as the
 * EventThread delivers frames.
 */
final class ReaderThreadEvents implements WebSocket.Factory {

    /** An Engine.IO MESSAGE ({@code 4}) carrying a Socket.IO EVENT ({@code 2}). */
    private static final String EVENT_MESSAGE_PREFIX = "42";
    /** How long the reader thread waits for the EventThread before it leaves an event to the library's path. */
    static final long LIBRARY_CATCH_UP_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final WebSocket.Factory http;
    private final Predicate<String> take;
    /** Messages handed to the library whose work on the EventThread has not finished yet. */
    private final AtomicInteger libraryBacklog = new AtomicInteger();
    /** The reader thread while it waits for the backlog to drain, else null. */
    private volatile Thread waitingReader;

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
            EventThread.exec(this::libraryCaughtUpOne);
        }
    }

    private void libraryCaughtUpOne() {
        if (libraryBacklog.decrementAndGet() == 0) {
            Thread reader = waitingReader;
            if (reader != null) {
                LockSupport.unpark(reader);
            }
        }
    }

    /** On the reader thread: true once the library has no work queued, false if it has not caught up in time. */
    private boolean libraryCaughtUp() {
        if (libraryBacklog.get() == 0) {
            return true;
        }
        long deadline = System.nanoTime() + LIBRARY_CATCH_UP_NANOS;
        waitingReader = Thread.currentThread();
        try {
            while (libraryBacklog.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                LockSupport.parkNanos(this, left);
            }
            return true;
        } finally {
            waitingReader = null;
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
            if (text.startsWith(EVENT_MESSAGE_PREFIX) && libraryCaughtUp() && take.test(text)) {
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
