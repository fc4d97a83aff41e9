package io.rugdesk.feed;

/**
 * The arguments of one event as the JSON text of a list, as {@link RawEventDecoder} hands them through
 * socket.io-client to {@link WebSocketFeed}'s listener, undecoded. Immutable.
 */
record RawArguments(String json) {

    private static final int SHOWN_CHARS = 80;

    /** Short: socket.io-client formats the arguments into its FINE log lines. */
    @Override
    public String toString() {
        return SocketArguments.abbreviate(json, SHOWN_CHARS);
    }
}
