package io.rugdesk.sim;

import io.socket.socketio.server.SocketIoSocket;

/** Reads client emits: an optional trace object first, the payload LAST, an ack callback after it. */
final class SocketArgs {

    private SocketArgs() {
    }

    static SocketIoSocket.ReceivedByLocalAcknowledgementCallback ack(Object[] args) {
        if (args.length > 0 && args[args.length - 1] instanceof SocketIoSocket.ReceivedByLocalAcknowledgementCallback ack) {
            return ack;
        }
        return null;
    }

    /** The last non-ack argument, or null when there is none. */
    static Object payload(Object[] args) {
        int last = args.length - (ack(args) == null ? 1 : 2);
        return last >= 0 ? args[last] : null;
    }
}
