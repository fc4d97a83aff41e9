package io.rugdesk.feed;

import io.rugdesk.bench.RealFrames;
import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.GameStateUpdate;
import io.rugdesk.protocol.WireCodec;
import java.util.concurrent.TimeUnit;
import org.json.JSONArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: what the EventThread does per frame after socket.io-client parsed the packet with org.json (that parse
 * is done in {@link #load()}, outside the measurement): the old path printed the org.json arguments as text and
 * the codec parsed that with Jackson ({@code printAndParse…}); the live feed now copies the trees
 * ({@code copyTree…}, {@link OrgJsonTree}). Same two real frames as {@code CodecBenchmark}.
 * Thread: JMH's benchmark threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FeedPathBenchmark {

    private final WireCodec codec = new WireCodec();
    private final Stamp stamp = new Stamp(1, 0);
    private Object[] standardTick;
    private Object[] extendedMessage;

    @Setup
    public void load() {
        standardTick = socketArguments(RealFrames.standardTick().argumentsJson());
        extendedMessage = socketArguments(RealFrames.extendedMessage().argumentsJson());
        if (!(copyTreeExtendedMessage() instanceof GameStateUpdate)
                || !(printAndParseExtendedMessage() instanceof GameStateUpdate)) {
            throw new IllegalStateException("the benchmark frame does not decode on both paths");
        }
    }

    /** The listener arguments socket.io-client hands over: event name, then the org.json values. */
    private static Object[] socketArguments(String argumentsJson) {
        JSONArray parsed = new JSONArray(argumentsJson);
        Object[] args = new Object[parsed.length() + 1];
        args[0] = GameStateUpdate.EVENT;
        for (int i = 0; i < parsed.length(); i++) {
            args[i + 1] = parsed.get(i);
        }
        return args;
    }

    @Benchmark
    public FeedEvent printAndParseStandardTick() {
        return codec.decode(GameStateUpdate.EVENT, SocketArguments.toJsonArray(standardTick, 1), stamp);
    }

    @Benchmark
    public FeedEvent copyTreeStandardTick() {
        return codec.decode(GameStateUpdate.EVENT, OrgJsonTree.arguments(standardTick, 1).orElseThrow(), stamp);
    }

    @Benchmark
    public FeedEvent printAndParseExtendedMessage() {
        return codec.decode(GameStateUpdate.EVENT, SocketArguments.toJsonArray(extendedMessage, 1), stamp);
    }

    @Benchmark
    public FeedEvent copyTreeExtendedMessage() {
        return codec.decode(GameStateUpdate.EVENT, OrgJsonTree.arguments(extendedMessage, 1).orElseThrow(), stamp);
    }
}
