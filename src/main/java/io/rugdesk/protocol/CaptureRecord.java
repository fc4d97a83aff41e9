package io.rugdesk.protocol;

/**
 * One record of a capture file: a Socket.IO event as it was received (or sent) by the capturing client.
 *
 * @param seq              the record's sequence number in the file ({@code seq}, else its position)
 * @param eventName        the Socket.IO event name ({@code connect} is the capturing client's marker)
 * @param argumentsJson    the event's arguments as the JSON text of an array, ready for {@link WireCodec}
 * @param receivedAtMillis the capture's timestamp in ms (local clock of the capturing client; use differences)
 * @param direction        received from the server, or sent by the capturing client
 */
public record CaptureRecord(long seq, String eventName, String argumentsJson, long receivedAtMillis,
                            Direction direction) {

    /** Which way the frame travelled. */
    public enum Direction { RECEIVED, SENT }

    /** The name of the capturing client's connection marker record. */
    public static final String CONNECT_MARKER = "connect";

    /** True for the capturing client's connection marker, which is not a wire event. */
    public boolean isConnectMarker() {
        return CONNECT_MARKER.equals(eventName);
    }

    /** True for a server event: received and not a marker. */
    public boolean isServerEvent() {
        return direction == Direction.RECEIVED && !isConnectMarker();
    }
}
