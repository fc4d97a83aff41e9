package io.rugdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.CaptureRecord;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.FrameRejected;
import io.rugdesk.protocol.GameStateUpdate;
import io.rugdesk.protocol.TreeCodec;
import io.rugdesk.protocol.UnknownEvent;
import io.rugdesk.protocol.WireCodec;
import io.rugdesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming codec ({@link WireCodec}) against the codec it replaced, which parsed each frame whole into a
 * Jackson tree first ({@link TreeCodec}, kept in the tests as this reference): every real frame of both
 * captures, thousands of damaged ones ({@link FrameMutator}) and hand-made corner cases must come out as equal
 * events, rejection reasons and kept raw text included.
 */
class StreamingDecodeMatchesTreeTest {

    private static final String TRACE = "{\"__trace\":true,\"traceparent\":\"00-e5745f-01\"}";

    private final WireCodec streaming = new WireCodec();
    private final TreeCodec tree = new TreeCodec();

    static Stream<Path> captures() {
        return Stream.of(Fixtures.capture1212(), Fixtures.capture1214());
    }

    @ParameterizedTest
    @MethodSource("captures")
    void everyRealFrameDecodesToTheSameRecord(Path capture) {
        List<CaptureRecord> frames = RealFrames.serverEvents(capture);
        int gameStates = 0;
        for (CaptureRecord frame : frames) {
            FeedEvent expected = tree.decode(frame.eventName(), frame.argumentsJson(), stamp(frame.seq()));
            FeedEvent actual = streaming.decode(frame.eventName(), frame.argumentsJson(), stamp(frame.seq()));
            assertThat(actual).as("seq %d %s", frame.seq(), frame.eventName()).isEqualTo(expected);
            assertThat(actual).isNotInstanceOf(FrameRejected.class);
            gameStates += actual instanceof GameStateUpdate ? 1 : 0;
        }
        assertThat(frames.size()).isGreaterThan(50);
        assertThat(gameStates).isGreaterThan(frames.size() / 2);
        assertThat(streaming.decodedCount()).isEqualTo(tree.decodedCount());
        assertThat(streaming.unknownCount()).isEqualTo(tree.unknownCount());
    }

    @Test
    void damagedFramesAreRejectedForTheSameReasons() {
        List<CaptureRecord> frames = new ArrayList<>(RealFrames.serverEvents(Fixtures.capture1212()));
        frames.addAll(RealFrames.serverEvents(Fixtures.capture1214()));
        FrameMutator mutator = new FrameMutator(frames, 15);
        int rejected = 0;
        for (int i = 0; i < 3_000; i++) {
            FrameMutator.Mutant mutant = mutator.next();
            FeedEvent expected = tree.decode(mutant.eventName(), mutant.argumentsJson(), stamp(i));
            FeedEvent actual = streaming.decode(mutant.eventName(), mutant.argumentsJson(), stamp(i));
            assertThat(actual).as("%s %s", mutant.kind(), excerpt(mutant.argumentsJson())).isEqualTo(expected);
            rejected += actual instanceof FrameRejected ? 1 : 0;
        }
        assertThat(rejected).isGreaterThan(500);
    }

    @Test
    void cornerCasesMatch() {
        String tick = "{\"gameId\":\"g\",\"active\":true,\"price\":1.25,\"tickCount\":7}";
        List<String[]> frames = List.of(
                new String[] {"gameStateUpdate", ""}, new String[] {"gameStateUpdate", "   "},
                new String[] {"gameStateUpdate", "null"}, new String[] {"gameStateUpdate", "{\"a\":[1,2]}"},
                new String[] {"gameStateUpdate", "\"text\""}, new String[] {"gameStateUpdate", "[1,2,3]"},
                new String[] {"gameStateUpdate", "[]"}, new String[] {"gameStateUpdate", "[null]"},
                new String[] {"gameStateUpdate", "[[1,[2]]]"}, new String[] {"gameStateUpdate", "[" + TRACE + "]"},
                new String[] {"gameStateUpdate", "[" + tick + "," + TRACE + "]"},
                new String[] {"gameStateUpdate", "[" + TRACE + "," + tick + "] trailing"},
                new String[] {"gameStateUpdate", "[{\"__trace\":\"true \",\"traceparent\":1}]"},
                new String[] {"gameStateUpdate", "[{\"__trace\":2}]"},
                new String[] {"gameStateUpdate", "[{\"__trace\":1.5}]"},
                new String[] {"gameStateUpdate", "[{\"__trace\":true,\"__trace\":false}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"gameId\":5}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":5,\"gameId\":\"g\",\"price\":null}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"prices\":null}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"gameHistory\":null,\"tickCount\":-0}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"unread\":\"" + "x".repeat(1_100_000) + "\"}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"unread\":" + "9".repeat(70) + "}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"unread\":" + "[".repeat(70) + "]".repeat(70)
                        + "}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"tickCount\":1e3,\"price\":\"1\"}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"tickCount\":99999999999999999999}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"cooldownTimer\":1234567890123456}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"leaderboard\":[null,{\"pnl\":\"x\"}]}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"leaderboard\":[{\"pnl\":[1,{}]}]}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"leaderboard\":{\"a\":1}}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"partialPrices\":{\"values\":{\"3\":1,"
                        + "\"x\":2,\"3\":null}}}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"partialPrices\":{\"values\":[1]}}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"prices\":[1,0,-1]}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"gameHistory\":[{\"prices\":[1.0,true]}]}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"price\":1e-50}]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"price\":1.2,]"},
                new String[] {"gameStateUpdate", "[{\"gameId\":\"g\",\"price\":1.2}"},
                new String[] {"playerUpdate", "[{\"cash\":-0.0,\"sideBet\":{\"end\":2.5}}]"},
                new String[] {"usernameStatus", "[{\"id\":null,\"hasUsername\":\"yes\"}]"},
                new String[] {"standard/newTrade", "[{\"level\":2147483648}]"},
                new String[] {"currentSidebetResult", "[{\"payout\":12345678901234567}]"},
                new String[] {"newSideBet", "[{\"timestamp\":-9223372036854775809}]"},
                new String[] {"chatMessage", "[not json"});
        for (String[] frame : frames) {
            assertThat(streaming.decode(frame[0], frame[1], stamp(1))).as(excerpt(frame[1]))
                    .isEqualTo(tree.decode(frame[0], frame[1], stamp(1)));
        }
        assertThat(streaming.rejectedCount()).isEqualTo(tree.rejectedCount()).isGreaterThan(frames.size() / 2);
        assertThat(streaming.decode("chatMessage", "[not json", stamp(2))).isInstanceOf(UnknownEvent.class);
    }

    @Test
    void acknowledgementsMatch() {
        List<String> acks = List.of("[{\"success\":true}]", "[{\"success\":false,\"error\":\"NO_FUNDS\",\"message\":\"m\"}]",
                "[{\"success\":false,\"error\":{\"code\":7,\"why\":[1,2]}}]", "[{\"success\":false,\"error\":null}]",
                "[{\"success\":true,\"sidebet\":{\"betAmount\":0.01,\"xPayout\":5,\"startTick\":3}}]",
                "[{\"success\":true,\"sidebet\":[]}]", "[{\"success\":\"yes\"}]", "[]", "{}", "", "[1]", "[null]",
                "[{\"success\":true}", "[{\"success\":true},{\"success\":false}]");
        for (String ack : acks) {
            assertThat(streaming.decodeAck(ack)).as(ack).isEqualTo(tree.decodeAck(ack));
        }
    }

    private static Stamp stamp(long seq) {
        return new Stamp(seq, 1_000);
    }

    private static String excerpt(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
