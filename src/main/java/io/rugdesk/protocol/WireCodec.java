package io.rugdesk.protocol;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rugdesk.event.Stamp;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns one Socket.IO event (name + arguments) into exactly one {@link FeedEvent}. The payload is always the
 * LAST argument. Never throws: undecodable input becomes {@link FrameRejected}, unknown names
 * {@link UnknownEvent}. Thread: stateless apart from counters, safe on any thread (the Socket.IO EventThread).
 */
public final class WireCodec {

    /** Longest argument text accepted: 8 × the largest real frame (489,006 bytes, protocol.md §5.2). */
    public static final int MAX_FRAME_CHARS = 4 << 20;
    /** How much of an offending frame a {@link FrameRejected} keeps. */
    public static final int MAX_KEPT_RAW_CHARS = 2_000;

    private final ObjectMapper mapper = WireJson.mapper();
    private final AtomicLong decoded = new AtomicLong();
    private final AtomicLong unknown = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    /** Decodes arguments given as the JSON text of an array ({@code [trace?, payload]}), in one streaming pass. */
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
            WireReader.Arguments args;
            try (JsonParser parser = mapper.createParser(argumentsJsonArray)) {
                args = WireReader.readArguments(parser, PayloadDecoders.schemaOf(eventName));
            } catch (JsonEOFException eof) {
                return reject(eventName, "truncated JSON: input ends after " + argumentsJsonArray.length()
                        + " characters", stamp, raw);
            } catch (JacksonException syntax) {
                return reject(eventName, "malformed JSON: " + firstLine(syntax.getOriginalMessage()), stamp, raw);
            }
            if (!args.isList()) {
                return reject(eventName, args.notAList() == null ? "no arguments: empty input"
                        : "arguments must be a JSON list, got " + args.notAList(), stamp, raw);
            }
            return decodeArguments(eventName, args, stamp, raw);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return reject(eventName, "could not decode: " + e, stamp, raw);
        }
    }

    /** Decodes an order acknowledgement from its ack arguments (JSON text of an array); never throws. */
    public OrderAck decodeAck(String argumentsJsonArray) {
        try {
            if (argumentsJsonArray == null || argumentsJsonArray.length() > MAX_FRAME_CHARS) {
                return OrderAck.failed("MALFORMED_ACK", "acknowledgement missing or too large");
            }
            WireReader.Arguments args;
            try (JsonParser parser = mapper.createParser(argumentsJsonArray)) {
                args = WireReader.readArguments(parser, PayloadDecoders.ACK);
            }
            if (!args.isList()) {
                return OrderAck.failed("MALFORMED_ACK", "acknowledgement is not a JSON list");
            }
            if (args.count() == 0) {
                return OrderAck.failed("EMPTY_ACK", "acknowledgement carried no result");
            }
            return PayloadDecoders.ack(Fields.of(args.first(), "ack"));
        } catch (RejectedPayload bad) {
            return OrderAck.failed("MALFORMED_ACK", bad.reason());
        } catch (JacksonException syntax) {
            return OrderAck.failed("MALFORMED_ACK", "malformed JSON: " + firstLine(syntax.getOriginalMessage()));
        } catch (IOException | RuntimeException | StackOverflowError e) {
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

    private FeedEvent decodeArguments(String eventName, WireReader.Arguments args, Stamp stamp, String raw) {
        if (args.count() == 0) {
            return reject(eventName, "no arguments: the payload is missing", stamp, raw);
        }
        if (!(args.last() instanceof WireReader.Kept payload)) {
            return reject(eventName, "payload must be a JSON object, got " + Fields.describeKept(args.last()),
                    stamp, raw);
        }
        if (payload.traceOnly()) {
            return reject(eventName, "only a trace object where the payload should be (payload missing)",
                    stamp, raw);
        }
        try {
            FeedEvent event = decodePayload(eventName, Fields.of(payload, ""), stamp);
            decoded.incrementAndGet();
            return event;
        } catch (RejectedPayload bad) {
            return reject(eventName, bad.reason(), stamp, raw);
        }
    }

    private static FeedEvent decodePayload(String eventName, Fields p, Stamp stamp) {
        return switch (eventName) {
            case GameStateUpdate.EVENT -> PayloadDecoders.gameState(p, stamp);
            case PlayerUpdate.EVENT -> PayloadDecoders.playerUpdate(p, stamp);
            case UsernameStatus.EVENT -> PayloadDecoders.usernameStatus(p, stamp);
            case GameStatePlayerUpdate.EVENT -> PayloadDecoders.gameStatePlayerUpdate(p, stamp);
            case NewTrade.EVENT -> PayloadDecoders.newTrade(p, stamp);
            case NewSideBet.EVENT -> new NewSideBet(stamp, PayloadDecoders.sidebetPlacement(p));
            case CurrentSidebet.EVENT -> new CurrentSidebet(stamp, PayloadDecoders.sidebetPlacement(p));
            case CurrentSidebetResult.EVENT -> PayloadDecoders.sidebetResult(p, stamp);
            default -> throw new IllegalStateException("not a known event: " + eventName);
        };
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
