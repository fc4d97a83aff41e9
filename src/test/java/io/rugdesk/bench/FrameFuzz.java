package io.rugdesk.bench;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.feed.FrameIngress;
import io.rugdesk.protocol.CaptureRecord;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.FrameRejected;
import io.rugdesk.protocol.UnknownEvent;
import io.rugdesk.protocol.WireCodec;
import io.rugdesk.trading.RequestBuy;
import io.rugdesk.trading.RequestSell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Pushes mutated real frames ({@link FrameMutator}) through a {@link FrameIngress} onto a bus whose subscribers
 * are the real lifecycle, account, trading, verifier (and, on a session's bus, recorder), interleaved with
 * buy and sell requests with good and bad amounts. Counts what came out per kind of damage. Every 500 frames
 * it waits for the domain thread to catch up, so the bus queue stays short. Thread: the caller's (the single
 * producer of the ingress).
 */
final class FrameFuzz {

    /** What happened to the frames of one kind of damage. */
    static final class Tally {
        long frames;
        long decoded;
        long rejected;
        long unknown;
        long rejectedWithoutReason;
        long threw;
        String example = "";

        @Override
        public String toString() {
            return frames + " frames: " + decoded + " decoded, " + rejected + " rejected, " + unknown
                    + " unknown name, " + threw + " threw, " + rejectedWithoutReason + " without reason";
        }
    }

    /** The outcome: per-kind tallies, bus subscriber failures during the run, trade requests published. */
    record Report(Map<FrameMutator.Kind, Tally> byKind, long subscriberFailures, long tradeRequests) {

        long frames() {
            return byKind.values().stream().mapToLong(t -> t.frames).sum();
        }

        long threw() {
            return byKind.values().stream().mapToLong(t -> t.threw).sum();
        }

        /** Mutants that must be rejected but came out as a decoded record, and rejections without a reason. */
        List<String> violations() {
            List<String> bad = new ArrayList<>();
            byKind.forEach((kind, tally) -> {
                if (kind.mustReject && tally.decoded > 0) {
                    bad.add(kind + ": " + tally.decoded + " decoded although they must be rejected, e.g. "
                            + tally.example);
                }
                if (tally.rejectedWithoutReason > 0 || tally.threw > 0) {
                    bad.add(kind + ": " + tally);
                }
            });
            return bad;
        }
    }

    private static final String[] AMOUNTS = {"0.01", "-1", "0", "0.0000000001", "1e400", "1E-400", "99999999999",
        "0.001", "5", "5.000000001"};

    private FrameFuzz() {
    }

    static Report run(List<CaptureRecord> realFrames, long seed, int count, EventBus bus, Executor domain) {
        FrameMutator mutator = new FrameMutator(realFrames, seed);
        FrameIngress ingress = new FrameIngress(new WireCodec(), bus, System::currentTimeMillis);
        Map<FrameMutator.Kind, Tally> byKind = new EnumMap<>(FrameMutator.Kind.class);
        long failuresBefore = bus.failureCount();
        long trades = 0;
        for (int i = 1; i <= count; i++) {
            FrameMutator.Mutant mutant = mutator.next();
            Tally tally = byKind.computeIfAbsent(mutant.kind(), k -> new Tally());
            tally.frames++;
            try {
                FeedEvent event = ingress.accept(mutant.eventName(), mutant.argumentsJson());
                if (event instanceof FrameRejected rejected) {
                    tally.rejected++;
                    if (rejected.reason() == null || rejected.reason().isBlank()) {
                        tally.rejectedWithoutReason++;
                    }
                } else if (event instanceof UnknownEvent) {
                    tally.unknown++;
                } else {
                    tally.decoded++;
                    if (tally.example.isEmpty()) {
                        tally.example = mutant.eventName() + " " + abbreviate(mutant.argumentsJson());
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                tally.threw++;
                tally.example = e.toString();
            }
            if (i % 37 == 0) {
                trades++;
                Stamp stamp = Stamp.local(i, System.currentTimeMillis());
                bus.publish(i % 74 == 0 ? new RequestSell(stamp, (i / 74) % 120 - 10)
                        : new RequestBuy(stamp, new BigDecimal(AMOUNTS[(i / 37) % AMOUNTS.length])));
            }
            if (i % 500 == 0) {
                awaitDomain(domain);
            }
        }
        awaitDomain(domain);
        return new Report(byKind, bus.failureCount() - failuresBefore, trades);
    }

    static void awaitDomain(Executor domain) {
        try {
            CompletableFuture.runAsync(() -> { }, domain).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("domain thread did not catch up within 60 s", e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "… (" + text.length() + " chars)";
    }
}
