package io.rugdesk.sim;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Turns the simulator's plain payloads (maps, lists, BigDecimal, Double) into org.json values for
 * socket.io-server. Needed because {@code new JSONObject(Map)} silently drops null values, and the real key sets
 * contain many nulls ({@code sideBet:null}, {@code role:null}). org.json writes a BigDecimal with
 * {@code toString()} and a double with {@code Double.toString()}: both are exact JSON numbers that parse back
 * to the same value. Thread: stateless.
 */
final class WireJson {

    private WireJson() {
    }

    static Object toWire(Object value) {
        if (value == null) {
            return JSONObject.NULL;
        }
        if (value instanceof Map<?, ?> map) {
            JSONObject object = new JSONObject();
            map.forEach((key, inner) -> object.put(String.valueOf(key), toWire(inner)));
            return object;
        }
        if (value instanceof Collection<?> list) {
            JSONArray array = new JSONArray();
            list.forEach(inner -> array.put(toWire(inner)));
            return array;
        }
        if (value instanceof double[] doubles) {
            JSONArray array = new JSONArray();
            for (double d : doubles) {
                array.put(d);
            }
            return array;
        }
        if (value instanceof BigDecimal decimal) {
            // 1.000000000 would print as such; the server prints 1, so drop trailing zeros
            BigDecimal stripped = decimal.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        return value;
    }

    /**
     * The decimal a double goes out as ({@code Double.toString}, which org.json writes): the exact price a client
     * reads from the wire, so the simulator's exchange fills at it. (JavaScript can print a rare double shorter,
     * see {@link io.rugdesk.game.fair.JsNumbers}; the simulator keeps one form on the wire and in its fills.)
     */
    static BigDecimal decimal(double value) {
        return new BigDecimal(Double.toString(value));
    }

    /** A W3C traceparent object, the first argument of every traced event (protocol.md §1.8). */
    static JSONObject traceObject() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String traceId = String.format("%016x%016x", random.nextLong(), random.nextLong());
        String spanId = String.format("%016x", random.nextLong());
        JSONObject trace = new JSONObject();
        trace.put("__trace", true);
        trace.put("traceparent", "00-" + traceId + "-" + spanId + "-01");
        return trace;
    }
}
