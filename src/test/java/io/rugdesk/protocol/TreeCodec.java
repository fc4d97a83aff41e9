package io.rugdesk.protocol;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rugdesk.event.Stamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * REFERENCE ONLY: the wire codec as they were before the streaming pass (commit 29482cc), parsing each frame
 * whole into a Jackson tree. Kept so StreamingDecodeMatchesTreeTest can show the streaming codec decodes every
 * frame to the same event, rejection reasons included, and CodecBenchmark can time both. Not used by the client.
 *
 * Turns one Socket.IO event (name + arguments) into exactly one {@link FeedEvent}. The payload is always the
 * LAST argument. Never throws: undecodable input becomes {@link FrameRejected}, unknown names
 * {@link UnknownEvent}. Thread: stateless apart from counters, safe on any thread (the Socket.IO EventThread).
 */
public final class TreeCodec {

    /** Longest argument text accepted: 8 × the largest real frame (489,006 bytes, protocol.md §5.2). */
    public static final int MAX_FRAME_CHARS = 4 << 20;
    /** How much of an offending frame a {@link FrameRejected} keeps. */
    public static final int MAX_KEPT_RAW_CHARS = 2_000;

    private final ObjectMapper mapper = WireJson.mapper();
    private final AtomicLong decoded = new AtomicLong();
    private final AtomicLong unknown = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    /** Decodes {@code args} (each already a Jackson tree, numbers as BigDecimal). */
    public FeedEvent decode(String eventName, List<JsonNode> args, Stamp stamp) {
        Supplier<String> raw = () -> {
            try {
                return mapper.writeValueAsString(args);
            } catch (JsonProcessingException | RuntimeException e) {
                return String.valueOf(args);
            }
        };
        try {
            if (args == null) {
                return reject(eventName, "no arguments: the payload is missing", stamp, "null");
            }
            return decodeArguments(eventName, args, stamp, raw);
        } catch (RuntimeException | StackOverflowError e) {
            return reject(eventName, "could not decode: " + e, stamp, safe(raw));
        }
    }

    /** Decodes arguments given as the JSON text of an array ({@code [trace?, payload]}). */
    public FeedEvent decode(String eventName, String argumentsJsonArray, Stamp stamp) {
        String raw = argumentsJsonArray == null ? "null" : argumentsJsonArray;
        try {
            if (argumentsJsonArray == null) {
                return reject(eventName, "no arguments: the payload is missing", stamp, raw);
            }
            if (argumentsJsonArray.length() > MAX_FRAME_CHARS) {
                return reject(eventName, "frame too large: " + argumentsJsonArray.length()
                        + " characters (limit " + MAX_FRAME_CHARS + ")", stamp, raw);
            }
            if (!isKnown(eventName)) {
                return unknown(eventName, raw, stamp);
            }
            JsonNode tree;
            try {
                tree = mapper.readTree(argumentsJsonArray);
            } catch (JsonEOFException eof) {
                return reject(eventName, "truncated JSON: input ends after " + argumentsJsonArray.length()
                        + " characters", stamp, raw);
            } catch (JacksonException syntax) {
                return reject(eventName, "malformed JSON: " + firstLine(syntax.getOriginalMessage()), stamp, raw);
            }
            if (tree == null || tree.isMissingNode()) {
                return reject(eventName, "no arguments: empty input", stamp, raw);
            }
            if (!tree.isArray()) {
                return reject(eventName, "arguments must be a JSON list, got " + TreeFields.describe(tree), stamp, raw);
            }
            List<JsonNode> args = new ArrayList<>(tree.size());
            tree.forEach(args::add);
            return decodeArguments(eventName, args, stamp, () -> raw);
        } catch (RuntimeException | StackOverflowError e) {
            return reject(eventName, "could not decode: " + e, stamp, raw);
        }
    }

    /** Decodes an order acknowledgement from its ack arguments (JSON text of an array); never throws. */
    public OrderAck decodeAck(String argumentsJsonArray) {
        try {
            if (argumentsJsonArray == null || argumentsJsonArray.length() > MAX_FRAME_CHARS) {
                return OrderAck.failed("MALFORMED_ACK", "acknowledgement missing or too large");
            }
            JsonNode tree = mapper.readTree(argumentsJsonArray);
            if (tree == null || !tree.isArray()) {
                return OrderAck.failed("MALFORMED_ACK", "acknowledgement is not a JSON list");
            }
            if (tree.isEmpty()) {
                return OrderAck.failed("EMPTY_ACK", "acknowledgement carried no result");
            }
            return TreePayloadDecoders.ack(TreeFields.of(tree.get(0), "ack"));
        } catch (RejectedPayload bad) {
            return OrderAck.failed("MALFORMED_ACK", bad.reason());
        } catch (JacksonException syntax) {
            return OrderAck.failed("MALFORMED_ACK", "malformed JSON: " + firstLine(syntax.getOriginalMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return OrderAck.failed("MALFORMED_ACK", "could not decode: " + e);
        }
    }

    /** True for the event names this codec decodes into records. */
    public static boolean isKnown(String eventName) {
        return eventName != null && switch (eventName) {
            case GameStateUpdate.EVENT, PlayerUpdate.EVENT, UsernameStatus.EVENT, GameStatePlayerUpdate.EVENT,
                    NewTrade.EVENT, NewSideBet.EVENT, CurrentSidebet.EVENT, CurrentSidebetResult.EVENT -> true;
            default -> false;
        };
    }

    private FeedEvent decodeArguments(String eventName, List<JsonNode> args, Stamp stamp, Supplier<String> raw) {
        if (!isKnown(eventName)) {
            return unknown(eventName, safe(raw), stamp);
        }
        if (args.isEmpty()) {
            return reject(eventName, "no arguments: the payload is missing", stamp, safe(raw));
        }
        JsonNode payload = args.get(args.size() - 1);
        if (isTraceOnly(payload)) {
            return reject(eventName, "only a trace object where the payload should be (payload missing)",
                    stamp, safe(raw));
        }
        if (payload == null || !payload.isObject()) {
            return reject(eventName, "payload must be a JSON object, got " + TreeFields.describe(payload),
                    stamp, safe(raw));
        }
        try {
            FeedEvent event = decodePayload(eventName, TreeFields.of(payload, ""), stamp);
            decoded.incrementAndGet();
            return event;
        } catch (RejectedPayload bad) {
            return reject(eventName, bad.reason(), stamp, safe(raw));
        }
    }

    private static FeedEvent decodePayload(String eventName, TreeFields p, Stamp stamp) {
        return switch (eventName) {
            case GameStateUpdate.EVENT -> TreePayloadDecoders.gameState(p, stamp);
            case PlayerUpdate.EVENT -> TreePayloadDecoders.playerUpdate(p, stamp);
            case UsernameStatus.EVENT -> TreePayloadDecoders.usernameStatus(p, stamp);
            case GameStatePlayerUpdate.EVENT -> TreePayloadDecoders.gameStatePlayerUpdate(p, stamp);
            case NewTrade.EVENT -> TreePayloadDecoders.newTrade(p, stamp);
            case NewSideBet.EVENT -> new NewSideBet(stamp, TreePayloadDecoders.sidebetPlacement(p));
            case CurrentSidebet.EVENT -> new CurrentSidebet(stamp, TreePayloadDecoders.sidebetPlacement(p));
            case CurrentSidebetResult.EVENT -> TreePayloadDecoders.sidebetResult(p, stamp);
            default -> throw new IllegalStateException("not a known event: " + eventName);
        };
    }

    /** The tracing argument ({@code {"__trace":true,"traceparent":…}}, protocol.md §1.8) and nothing else. */
    static boolean isTraceOnly(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("__trace").asBoolean(false)) {
            return false;
        }
        for (String key : (Iterable<String>) node::fieldNames) {
            if (!key.equals("__trace") && !key.equals("traceparent")) {
                return false;
            }
        }
        return true;
    }

    private FeedEvent unknown(String eventName, String raw, Stamp stamp) {
        unknown.incrementAndGet();
        return new UnknownEvent(stamp, String.valueOf(eventName), raw);
    }

    private FeedEvent reject(String eventName, String reason, Stamp stamp, String raw) {
        rejected.incrementAndGet();
        String kept = raw.length() <= MAX_KEPT_RAW_CHARS ? raw : raw.substring(0, MAX_KEPT_RAW_CHARS) + "…";
        return new FrameRejected(stamp, String.valueOf(eventName), reason, kept);
    }

    private static String safe(Supplier<String> raw) {
        try {
            return raw.get();
        } catch (RuntimeException | StackOverflowError e) {
            return "<unprintable arguments>";
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() <= 160 ? line : line.substring(0, 160) + "…";
    }

    /** Frames decoded into records. */
    public long decodedCount() {
        return decoded.get();
    }

    /** Frames with an event name the codec does not know. */
    public long unknownCount() {
        return unknown.get();
    }

    /** Frames rejected as undecodable. */
    public long rejectedCount() {
        return rejected.get();
    }
}
