package io.rugdesk.protocol;

/**
 * Acknowledgement of {@code buyOrder}, {@code sellOrder} or {@code requestSidebet} (protocol.md §3.1):
 * {@code {"success":true}} (sidebet: plus the placement) or {@code {"success":false,"error":CODE,"message":text}}.
 */
public record OrderAck(boolean success, String error, String message, SidebetPlacement sidebet) {

    public static OrderAck ok() {
        return new OrderAck(true, null, null, null);
    }

    public static OrderAck failed(String error, String message) {
        return new OrderAck(false, error, message, null);
    }
}
