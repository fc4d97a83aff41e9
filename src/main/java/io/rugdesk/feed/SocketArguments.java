package io.rugdesk.feed;

import io.socket.client.Ack;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Turns the Java objects socket.io-client hands to a listener (org.json trees, decimals as BigDecimal) into the
 * JSON text of an argument array, and back. Thread: stateless, any thread.
 */
final class SocketArguments {

    private SocketArguments() {
    }

    /** JSON array text of {@code args[from…]}, skipping ack callbacks; null becomes JSON null. */
    static String toJsonArray(Object[] args, int from) {
        JSONArray array = new JSONArray();
        for (int i = from; i < args.length; i++) {
            Object argument = args[i];
            if (argument instanceof Ack) {
                continue;
            }
            array.put(argument == null ? JSONObject.NULL : argument);
        }
        return array.toString();
    }

    /** Shortens text for a log line or a message so a 489 KB frame never floods anything. */
    static String abbreviate(String text, int maxChars) {
        return text.length() <= maxChars ? text : text.substring(0, maxChars) + "… (" + text.length() + " chars)";
    }
}
