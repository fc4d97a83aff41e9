package io.rugdesk.feed;

import io.rugdesk.bench.RealFrames;
import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.GameStateUpdate;
import io.rugdesk.protocol.WireCodec;
import io.socket.parser.IOParser;
import io.socket.parser.Packet;
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
 * JMH: what socket.io-client's EventThread does per frame from the packet text on. {@code libraryDecoder…}: the
 * library's own packet decoder alone (its org.json tree; before, Rugdesk's decode came on top of this);
 * {@code rawPath…}: the feed now, {@link RawEventDecoder} reading the header and the codec's streaming pass.
 * Same two real frames as {@code CodecBenchmark}. Thread: JMH's benchmark threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FeedPathBenchmark {

    private final WireCodec codec = new WireCodec();
    private final Stamp stamp = new Stamp(1, 0);
    private final IOParser.Decoder library = new IOParser.Decoder();
    private final RawEventDecoder raw = new RawEventDecoder();
    private String standardTick;
    private String extendedMessage;
    private Object lastPacket;

    @Setup
    public void load() {
        standardTick = packet(RealFrames.standardTick().argumentsJson());
        extendedMessage = packet(RealFrames.extendedMessage().argumentsJson());
        library.onDecoded(packet -> lastPacket = packet);
        raw.onDecoded(packet -> lastPacket = packet);
        if (!(rawPathExtendedMessage() instanceof GameStateUpdate) || libraryDecoderExtendedMessage() == null) {
            throw new IllegalStateException("the benchmark frame does not decode on both paths");
        }
    }

    /** The Engine.IO message of an event: {@code 42["gameStateUpdate", args…]}. */
    private static String packet(String argumentsJson) {
        return "42[\"" + GameStateUpdate.EVENT + "\"," + argumentsJson.substring(1);
    }

    @Benchmark
    public Object libraryDecoderStandardTick() {
        return libraryDecode(standardTick);
    }

    @Benchmark
    public Object libraryDecoderExtendedMessage() {
        return libraryDecode(extendedMessage);
    }

    @Benchmark
    public FeedEvent rawPathStandardTick() {
        return rawPath(standardTick);
    }

    @Benchmark
    public FeedEvent rawPathExtendedMessage() {
        return rawPath(extendedMessage);
    }

    private Object libraryDecode(String message) {
        library.add(message.substring(1));
        return lastPacket;
    }

    private FeedEvent rawPath(String message) {
        raw.add(message.substring(1));
        JSONArray data = (JSONArray) ((Packet<?>) lastPacket).data;
        return codec.decode(data.getString(0), ((RawArguments) data.get(1)).json(), stamp);
    }
}
