package io.rugdesk.feed;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.WireCodec;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The one door every server frame goes through, live or replayed: stamp it (sequence number, receive time),
 * decode it with the {@link WireCodec}, publish the result on the bus. The live feed, {@code inspect},
 * {@code replay} and the benchmarks all call this, so a recording or capture takes exactly the live path.
 *
 * <p>Thread: any single producer thread at a time (the Socket.IO EventThread, or the replaying thread). It
 * never blocks and never throws for bad input: a bad frame becomes a {@code FrameRejected} event.
 */
public final class FrameIngress {

    private final FrameDecoder codec;
    private final EventBus bus;
    private final LongSupplier clock;
    private final AtomicLong sequence = new AtomicLong();

    public FrameIngress(WireCodec codec, EventBus bus, LongSupplier wallClockMillis) {
        this(FrameDecoder.of(Objects.requireNonNull(codec, "codec")), bus, wallClockMillis);
    }

    /** An ingress with another decoder (a replay that only counts, a test). */
    public FrameIngress(FrameDecoder decoder, EventBus bus, LongSupplier wallClockMillis) {
        this.codec = Objects.requireNonNull(decoder, "decoder");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.clock = Objects.requireNonNull(wallClockMillis, "wallClockMillis");
    }

    /** Accepts a live frame: stamped now. */
    public FeedEvent accept(String eventName, String argumentsJsonArray) {
        return accept(eventName, argumentsJsonArray, clock.getAsLong());
    }

    /** Accepts a frame received at {@code receivedAt} (ms since epoch), e.g. from a capture. */
    public FeedEvent accept(String eventName, String argumentsJsonArray, long receivedAt) {
        Stamp stamp = new Stamp(sequence.incrementAndGet(), receivedAt);
        FeedEvent event = codec.decode(eventName, argumentsJsonArray, stamp);
        bus.publish(event);
        return event;
    }

    /** Frames accepted so far. */
    public long frameCount() {
        return sequence.get();
    }
}
