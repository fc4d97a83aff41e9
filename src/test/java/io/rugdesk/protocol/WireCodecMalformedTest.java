package io.rugdesk.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.Stamp;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every kind of undecodable frame becomes a FrameRejected with a reason a person understands. */
class WireCodecMalformedTest {

    private static final String TRACE = "{\"__trace\":true,\"traceparent\":\"00-e5745f7152844a84442fdde7d30fcd8b-"
            + "a82ab0f7f5946dbe-01\"}";

    private final WireCodec codec = new WireCodec();

    static Stream<Arguments> malformedFrames() {
        return Stream.of(
                Arguments.of("truncated JSON", "gameStateUpdate", "[{\"gameId\":\"20251212-x\",\"tickC",
                        "truncated JSON: input ends after 30 characters"),
                Arguments.of("payload is a list", "gameStateUpdate", "[[1,2]]",
                        "payload must be a JSON object, got a list of 2"),
                Arguments.of("payload is a string", "playerUpdate", "[\"hello\"]",
                        "payload must be a JSON object, got string \"hello\""),
                Arguments.of("payload is a number", "standard/newTrade", "[" + TRACE + ",42]",
                        "payload must be a JSON object, got number 42"),
                Arguments.of("arguments not a list", "gameStateUpdate", "{\"gameId\":\"g\"}",
                        "arguments must be a JSON list, got an object"),
                Arguments.of("no arguments", "gameStateUpdate", "[]", "no arguments: the payload is missing"),
                Arguments.of("empty input", "gameStateUpdate", "", "no arguments: empty input"),
                Arguments.of("missing gameId", "gameStateUpdate", "[{\"active\":true,\"tickCount\":3}]",
                        "missing gameId"),
                Arguments.of("negative tick", "gameStateUpdate", "[{\"gameId\":\"g\",\"tickCount\":-1}]",
                        "tickCount must not be negative, got -1"),
                Arguments.of("fractional tick", "gameStateUpdate", "[{\"gameId\":\"g\",\"tickCount\":1.5}]",
                        "tickCount must be a whole number, got 1.5"),
                Arguments.of("string for a number", "gameStateUpdate", "[{\"gameId\":\"g\",\"price\":\"1.5\"}]",
                        "price must be a number, got string \"1.5\""),
                Arguments.of("string for a nested number", "gameStateUpdate",
                        "[{\"gameId\":\"g\",\"leaderboard\":[{\"id\":\"p\",\"pnl\":\"lots\"}]}]",
                        "leaderboard[0].pnl must be a number, got string \"lots\""),
                Arguments.of("number for a flag", "gameStateUpdate", "[{\"gameId\":\"g\",\"active\":1}]",
                        "active must be true or false, got number 1"),
                Arguments.of("trace object as the only argument", "usernameStatus", "[" + TRACE + "]",
                        "only a trace object where the payload should be (payload missing)"),
                Arguments.of("trace object as the last argument", "standard/newTrade", "[" + TRACE + "," + TRACE + "]",
                        "only a trace object where the payload should be (payload missing)"),
                Arguments.of("NaN", "gameStateUpdate", "[{\"gameId\":\"g\",\"price\":NaN}]",
                        "malformed JSON: Non-standard token 'NaN'"),
                Arguments.of("Infinity", "gameStateUpdate", "[{\"gameId\":\"g\",\"price\":-Infinity}]",
                        "malformed JSON: Non-standard token '-Infinity'"),
                Arguments.of("huge exponent", "gameStateUpdate", "[{\"gameId\":\"g\",\"price\":1e400}]",
                        "price is out of range: 1E+400"),
                Arguments.of("huge exponent in a list", "gameStateUpdate", "[{\"gameId\":\"g\",\"prices\":[1,1e999999999]}]",
                        "prices[1] is out of range: 1E+999999999"),
                Arguments.of("tiny exponent", "playerUpdate", "[{\"cash\":1e-400}]",
                        "cash has too many decimals: 1E-400"),
                Arguments.of("zero with a huge negative exponent", "gameStateUpdate",
                        "[{\"gameId\":\"g\",\"price\":0e-999999999}]", "price has too many decimals: 0E-999999999"),
                Arguments.of("tick beyond int", "gameStateUpdate", "[{\"gameId\":\"g\",\"tickCount\":99999999999}]",
                        "tickCount is out of range: 99999999999"),
                Arguments.of("absurdly long number", "gameStateUpdate",
                        "[{\"gameId\":\"g\",\"price\":1" + "0".repeat(500) + "}]",
                        "malformed JSON: Number value length (501) exceeds the maximum allowed (64"),
                Arguments.of("absurd nesting", "gameStateUpdate", "[{\"gameId\":\"g\",\"x\":" + "[".repeat(5_000)
                        + "]".repeat(5_000) + "}]", "malformed JSON: Document nesting depth (65) exceeds the maximum "
                        + "allowed (64"),
                Arguments.of("partialPrices key not a tick", "gameStateUpdate",
                        "[{\"gameId\":\"g\",\"partialPrices\":{\"values\":{\"x\":1}}}]",
                        "partialPrices.values.x: key is not a tick number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFrames")
    void isRejectedWithAClearReason(String caseName, String event, String frame, String reason) {
        FeedEvent result = codec.decode(event, frame, new Stamp(7, 100));
        assertThat(result).as(caseName).isInstanceOf(FrameRejected.class);
        FrameRejected rejected = (FrameRejected) result;
        assertThat(rejected.reason()).startsWith(reason);
        assertThat(rejected.eventName()).isEqualTo(event);
        assertThat(rejected.stamp()).isEqualTo(new Stamp(7, 100));
        assertThat(rejected.rawArgumentsJson().length()).isLessThanOrEqualTo(WireCodec.MAX_KEPT_RAW_CHARS + 1);
        assertThat(codec.rejectedCount()).isEqualTo(1);
        assertThat(codec.decodedCount()).isZero();
    }

    @Test
    void anAbsurdlyLargeFrameIsRejectedBeforeParsing() {
        String frame = "[{\"gameId\":\"g\",\"pad\":\"" + "x".repeat(WireCodec.MAX_FRAME_CHARS) + "\"}]";
        FrameRejected rejected = (FrameRejected) codec.decode("gameStateUpdate", frame, new Stamp(1, 0));
        assertThat(rejected.reason()).isEqualTo("frame too large: " + frame.length() + " characters (limit "
                + WireCodec.MAX_FRAME_CHARS + ")");
    }

    @Test
    void aSkippedStringIsHeldToTheSameLengthLimitAsAKeptOne() {
        // the decoder skips fields the records do not hold without making a String of them: the limit still holds
        String atLimit = "x".repeat(WireJson.MAX_STRING_LENGTH);
        assertThat(codec.decode("gameStateUpdate", "[{\"gameId\":\"g\",\"unheld\":[{\"s\":\"" + atLimit + "\"}]}]",
                new Stamp(1, 0))).isInstanceOf(GameStateUpdate.class);
        for (String frame : List.of("[{\"gameId\":\"g\",\"unheld\":[{\"s\":\"" + atLimit + "x\"}]}]",
                "[{\"gameId\":\"g\",\"unheld\":\"" + atLimit + "x\"}]",
                "[{\"gameId\":\"g" + atLimit + "\"}]")) {
            FeedEvent result = codec.decode("gameStateUpdate", frame, new Stamp(2, 0));
            assertThat(result).isInstanceOf(FrameRejected.class);
            assertThat(((FrameRejected) result).reason()).startsWith("malformed JSON: String value length ("
                    + (WireJson.MAX_STRING_LENGTH + 1) + ") exceeds the maximum allowed (" + WireJson.MAX_STRING_LENGTH);
        }
    }

    @Test
    void nullArgumentsAreRejectedNotThrown() {
        assertThat(((FrameRejected) codec.decode("gameStateUpdate", (String) null, new Stamp(1, 0))).reason())
                .isEqualTo("no arguments: the payload is missing");
    }

    @Test
    void aTraceObjectAloneIsNoPayload() {
        String trade = "{\"id\":\"t\",\"gameId\":\"g\",\"price\":0.8283719646298878,\"type\":\"buy\"}";
        assertThat(((NewTrade) codec.decode("standard/newTrade", "[" + TRACE + "," + trade + "]", new Stamp(1, 0)))
                .price().toPlainString()).isEqualTo("0.8283719646298878");
        assertThat(((FrameRejected) codec.decode("standard/newTrade", "[" + TRACE + "]", new Stamp(2, 0)))
                .reason()).startsWith("only a trace object");
        assertThat(codec.decodedCount()).isEqualTo(1);
    }

    @Test
    void anUnknownEventNameIsKeptAndCountedNotRejected() {
        FeedEvent result = codec.decode("newChatMessage", "[" + TRACE + ",{\"message\":\"gm\"}]", new Stamp(3, 0));
        assertThat(result).isInstanceOf(UnknownEvent.class);
        assertThat(((UnknownEvent) result).rawArgumentsJson()).contains("\"gm\"");
        assertThat(codec.decode("mystery", "not even json", new Stamp(4, 0))).isInstanceOf(UnknownEvent.class);
        assertThat(codec.unknownCount()).isEqualTo(2);
        assertThat(codec.rejectedCount()).isZero();
    }

    @Test
    void missingKeysGetTheDocumentedDefaults() {
        GameStateUpdate update = (GameStateUpdate) codec.decode("gameStateUpdate",
                "[{\"gameId\":\"20251212-6114b2ff44ef4b71\"}]", new Stamp(1, 0));
        assertThat(update.active()).isFalse();
        assertThat(update.rugged()).isFalse();
        assertThat(update.tickCount()).isZero();
        assertThat(update.cooldownTimer()).isZero();
        assertThat(update.price()).isNull();
        assertThat(update.partialPrices()).isNull();
        assertThat(update.provablyFair()).isNull();
        assertThat(update.leaderboard()).isEmpty();
        assertThat(update.gameHistory()).isEmpty();
        assertThat(update.shape()).isEqualTo(GameStateShape.OTHER);
    }

    @Test
    void acknowledgementsDecodeAndBadOnesBecomeFailures() {
        assertThat(codec.decodeAck("[{\"success\":true}]")).isEqualTo(OrderAck.ok());
        OrderAck sidebet = codec.decodeAck("[{\"success\":true,\"message\":\"Side bet placed\",\"sidebet\":"
                + "{\"playerId\":\"p\",\"gameId\":\"g\",\"betAmount\":0.001,\"xPayout\":5,\"startTick\":264,"
                + "\"endTick\":304,\"tickIndex\":264,\"price\":0.8500000000000001,\"type\":\"placed\"}}]");
        assertThat(sidebet.success()).isTrue();
        assertThat(sidebet.message()).isEqualTo("Side bet placed");
        assertThat(sidebet.sidebet().endTick()).isEqualTo(304);
        assertThat(sidebet.sidebet().price().toPlainString()).isEqualTo("0.8500000000000001");
        assertThat(codec.decodeAck("[{\"success\":false,\"error\":\"INSUFFICIENT_FUNDS\",\"message\":\"no cash\"}]"))
                .isEqualTo(OrderAck.failed("INSUFFICIENT_FUNDS", "no cash"));
        assertThat(codec.decodeAck("[]")).isEqualTo(OrderAck.failed("EMPTY_ACK", "acknowledgement carried no result"));
        assertThat(codec.decodeAck("[{\"success\":tru")).satisfies(a -> {
            assertThat(a.success()).isFalse();
            assertThat(a.error()).isEqualTo("MALFORMED_ACK");
            assertThat(a.message()).startsWith("malformed JSON");
        });
        assertThat(codec.decodeAck("[\"ok\"]").message()).isEqualTo("ack must be a JSON object, got string \"ok\"");
        assertThat(codec.decodeAck(null).error()).isEqualTo("MALFORMED_ACK");
    }
}
