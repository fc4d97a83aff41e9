package io.rugdesk.bench;

import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.GameStateUpdate;
import io.rugdesk.protocol.TreeCodec;
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
 * JMH: {@link WireCodec#decode(String, String, Stamp)} (one streaming pass) on two real frames of capture A (a
 * 4.9 KB tick and the 295 KB extended rug message); the same frames through the codec before it streamed, which
 * parsed a whole Jackson tree first ({@code treeDecode…}, {@link TreeCodec}); and through the feed's first path:
 * socket.io-client parses the packet with org.json, the feed prints the arguments back to text, the tree codec
 * parses that with Jackson ({@code feedPath…}). Run with {@code scripts/bench.sh codec}. Thread: JMH's benchmark threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBenchmark {

    private final WireCodec codec = new WireCodec();
    private final TreeCodec treeCodec = new TreeCodec();
    private final Stamp stamp = new Stamp(1, 0);
    private String standardTick;
    private String extendedMessage;
    private String standardTickPacket;
    private String extendedMessagePacket;

    @Setup
    public void load() {
        standardTick = RealFrames.standardTick().argumentsJson();
        extendedMessage = RealFrames.extendedMessage().argumentsJson();
        standardTickPacket = packet(standardTick);
        extendedMessagePacket = packet(extendedMessage);
        for (String frame : new String[] {standardTick, extendedMessage}) {
            if (!(codec.decode(GameStateUpdate.EVENT, frame, stamp) instanceof GameStateUpdate)) {
                throw new IllegalStateException("benchmark frame does not decode: " + frame.substring(0, 200));
            }
        }
    }

    /** The Socket.IO packet body as it came off the wire: {@code ["gameStateUpdate", args…]}. */
    private static String packet(String argumentsJson) {
        return "[\"" + GameStateUpdate.EVENT + "\"," + argumentsJson.substring(1);
    }

    @Benchmark
    public FeedEvent decodeStandardTick() {
        return codec.decode(GameStateUpdate.EVENT, standardTick, stamp);
    }

    @Benchmark
    public FeedEvent decodeExtendedMessage() {
        return codec.decode(GameStateUpdate.EVENT, extendedMessage, stamp);
    }

    @Benchmark
    public FeedEvent treeDecodeStandardTick() {
        return treeCodec.decode(GameStateUpdate.EVENT, standardTick, stamp);
    }

    @Benchmark
    public FeedEvent treeDecodeExtendedMessage() {
        return treeCodec.decode(GameStateUpdate.EVENT, extendedMessage, stamp);
    }

    @Benchmark
    public FeedEvent feedPathStandardTick() {
        return viaOrgJson(standardTickPacket);
    }

    @Benchmark
    public FeedEvent feedPathExtendedMessage() {
        return viaOrgJson(extendedMessagePacket);
    }

    /** What the live feed did per frame: org.json parse (socket.io-client), print, Jackson parse (codec). */
    private FeedEvent viaOrgJson(String packet) {
        JSONArray parsed = new JSONArray(packet);
        JSONArray args = new JSONArray();
        for (int i = 1; i < parsed.length(); i++) {
            args.put(parsed.get(i));
        }
        return treeCodec.decode(parsed.getString(0), args.toString(), stamp);
    }
}
