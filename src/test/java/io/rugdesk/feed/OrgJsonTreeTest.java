package io.rugdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.bench.RealFrames;
import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.CaptureRecord;
import io.rugdesk.protocol.FrameRejected;
import io.rugdesk.protocol.WireCodec;
import io.rugdesk.testing.Fixtures;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tree path of the feed decodes every real frame exactly as the text path did, and hands anything at a
 * wire limit back to the text path, whose reasons stay the reference.
 */
class OrgJsonTreeTest {

    private final WireCodec codec = new WireCodec();

    @ParameterizedTest
    @ValueSource(strings = {RealFrames.CAPTURE_A, RealFrames.CAPTURE_B})
    void everyRealFrameDecodesToTheSameRecordOnBothPaths(String capture) {
        Path file = Fixtures.require(capture);
        int compared = 0;
        for (CaptureRecord frame : RealFrames.serverEvents(file)) {
            Object[] args = socketArguments(frame);
            Stamp stamp = new Stamp(frame.seq(), frame.receivedAtMillis());

            Object viaText = codec.decode(frame.eventName(), SocketArguments.toJsonArray(args, 1), stamp);
            Object viaTree = codec.decode(frame.eventName(), OrgJsonTree.arguments(args, 1).orElseThrow(), stamp);

            if (viaText instanceof FrameRejected) {
                assertThat(viaTree).isInstanceOf(FrameRejected.class);
            } else {
                assertThat(viaTree).as("seq %d", frame.seq()).isEqualTo(viaText);
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(400);
    }

    /** What socket.io-client hands a listener: the event name, then org.json values. */
    private static Object[] socketArguments(CaptureRecord frame) {
        JSONArray parsed = new JSONArray(frame.argumentsJson());
        Object[] args = new Object[parsed.length() + 1];
        args[0] = frame.eventName();
        for (int i = 0; i < parsed.length(); i++) {
            args[i + 1] = parsed.get(i);
        }
        return args;
    }

    @Test
    void givesUpAtTheWireLimitsSoTheTextPathRejectsWithItsReason() {
        Object deep = new JSONObject().put("gameId", "g");
        for (int i = 0; i < 70; i++) {
            deep = new JSONArray().put(deep);
        }
        assertThat(OrgJsonTree.arguments(new Object[] {"e", deep}, 1)).isEmpty();
        assertThat(OrgJsonTree.arguments(new Object[] {"e", new JSONObject().put("s", "x".repeat(2 << 20))}, 1))
                .isEmpty();
        assertThat(OrgJsonTree.arguments(new Object[] {"e", new JSONObject().put("n",
                new BigDecimal("1" + "0".repeat(80) + ".5"))}, 1)).isEmpty();
        assertThat(OrgJsonTree.arguments(new Object[] {"e", new JSONObject().put("n", BigInteger.TEN.pow(90))}, 1))
                .isEmpty();
        assertThat(OrgJsonTree.arguments(new Object[] {"e", new JSONObject().put("d", 1.5d)}, 1)).isEmpty();
        JSONArray big = new JSONArray();
        for (int i = 0; i < 5; i++) {
            big.put("y".repeat(1_000_000));
        }
        assertThat(OrgJsonTree.arguments(new Object[] {"e", big}, 1)).isEmpty();
    }

    @Test
    void copiesNullsFlagsAndExactDecimals() {
        JSONObject payload = new JSONObject().put("a", JSONObject.NULL).put("b", true)
                .put("c", new BigDecimal("1.500000000")).put("d", 7);

        var copy = OrgJsonTree.arguments(new Object[] {"e", payload, null}, 1).orElseThrow();

        assertThat(copy).hasSize(2);
        assertThat(copy.get(0).get("a").isNull()).isTrue();
        assertThat(copy.get(0).get("b").booleanValue()).isTrue();
        assertThat(copy.get(0).get("c").decimalValue()).isEqualTo(new BigDecimal("1.500000000"));
        assertThat(copy.get(0).get("d").longValue()).isEqualTo(7);
        assertThat(copy.get(1).isNull()).isTrue();
    }
}
