package io.rugdesk.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.Stamp;
import io.rugdesk.testing.Fixtures;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every real frame of the fixtures decodes, into the right record and shape, with exact numbers. */
class WireCodecRealDataTest {

    private final WireCodec codec = new WireCodec();

    private Map<GameStateShape, Integer> decodeAll(Path capture) {
        Map<GameStateShape, Integer> shapes = new EnumMap<>(GameStateShape.class);
        for (CaptureRecord record : CaptureRecords.all(capture)) {
            if (!record.isServerEvent()) {
                continue;
            }
            FeedEvent event = codec.decode(record.eventName(), record.argumentsJson(), new Stamp(record.seq(), 0));
            assertThat(event).as("seq %d %s", record.seq(), record.eventName()).isNotInstanceOf(FrameRejected.class);
            if (WireCodec.isKnown(record.eventName())) {
                assertThat(event.eventName()).isEqualTo(record.eventName());
            } else {
                assertThat(event).isInstanceOf(UnknownEvent.class);
            }
            if (event instanceof GameStateUpdate update) {
                shapes.merge(update.shape(), 1, Integer::sum);
            }
        }
        return shapes;
    }

    @Test
    void everyGameStateUpdateOfTheDecember12CaptureDecodesIntoItsShape() {
        // counts by key set, from a python one-liner over the file (protocol.md §5.2 lists the variants)
        assertThat(decodeAll(Fixtures.capture1212())).containsExactlyInAnyOrderEntriesOf(Map.of(
                GameStateShape.COOLDOWN, 262, GameStateShape.STANDARD, 243, GameStateShape.EXTENDED, 3,
                GameStateShape.SNAPSHOT, 1, GameStateShape.TICK_ZERO, 1));
        assertThat(codec.rejectedCount()).isZero();
        assertThat(codec.decodedCount()).isEqualTo(510 + 31);
        assertThat(codec.unknownCount()).isEqualTo(11 + 1);
    }

    @Test
    void everyGameStateUpdateOfTheDecember14CaptureDecodesIntoItsShape() {
        assertThat(decodeAll(Fixtures.capture1214())).containsExactlyInAnyOrderEntriesOf(Map.of(
                GameStateShape.COOLDOWN, 312, GameStateShape.STANDARD, 125, GameStateShape.EXTENDED, 6,
                GameStateShape.SNAPSHOT, 1, GameStateShape.TICK_ZERO, 2));
        assertThat(codec.rejectedCount()).isZero();
    }

    @Test
    void theFebruary2026KeySamplesDecodeDespiteSchemaDrift() {
        List<CaptureRecord> records = CaptureRecords.all(Fixtures.keySamples());
        List<FeedEvent> events = records.stream()
                .map(r -> codec.decode(r.eventName(), r.argumentsJson(), new Stamp(r.seq(), r.receivedAtMillis())))
                .toList();
        assertThat(events).noneMatch(FrameRejected.class::isInstance);
        assertThat(events.stream().filter(GameStateUpdate.class::isInstance)
                .map(e -> ((GameStateUpdate) e).shape()).toList()).containsExactly(
                GameStateShape.COOLDOWN, GameStateShape.EXTENDED, GameStateShape.STANDARD,
                GameStateShape.TICK_ZERO, GameStateShape.STANDARD, GameStateShape.STANDARD,
                GameStateShape.EXTENDED);
        assertThat(events.stream().filter(NewTrade.class::isInstance).map(e -> ((NewTrade) e).type()).toList())
                .containsExactly("buy", "sell", "short_close", "short_open");
        GameStateUpdate rug = (GameStateUpdate) events.get(9);
        assertThat(rug.rugged()).isTrue();
        assertThat(rug.tickCount()).isEqualTo(255);
        assertThat(rug.price().toPlainString()).isEqualTo("0.0017842710071060424");
        GameStateUpdate postRug = (GameStateUpdate) events.get(10);
        assertThat(postRug.gameHistory()).isNotEmpty().allSatisfy(h -> {
            assertThat(h.serverSeed()).hasSize(64);
            assertThat(h.prices()).isEmpty(); // Feb 2026: gameHistory without prices
        });
    }

    @Test
    void theRugMessageKeepsItsPriceDigitForDigitAndMatchesTheRevealedHistory() {
        List<CaptureRecord> records = CaptureRecords.all(Fixtures.capture1212());
        GameStateUpdate rug = decodeSeq(records, 435);
        assertThat(rug.price().toPlainString()).isEqualTo("0.020000000000000018");
        assertThat(rug.partialPrices().values().get(16).toPlainString()).isEqualTo("0.020000000000000018");
        GameStateUpdate next = decodeSeq(records, 437);
        GameHistoryEntry finished = next.gameHistory().get(0);
        assertThat(finished.id()).isEqualTo("20251212-6114b2ff44ef4b71");
        assertThat(finished.serverSeed())
                .isEqualTo("1e23450371572df08e4c5a21c82c8d7e5bb5a1630061b5747d3864f58bcf26e8");
        assertThat(finished.prices()).hasSize(17);
        assertThat(finished.prices().get(16)).isEqualByComparingTo(new BigDecimal("0.020000000000000018"));
        GameStateUpdate snapshot = decodeSeq(records, 2);
        assertThat(snapshot.shape()).isEqualTo(GameStateShape.SNAPSHOT);
        assertThat(snapshot.prices()).hasSize(snapshot.tickCount() + 1);
    }

    private GameStateUpdate decodeSeq(List<CaptureRecord> records, long seq) {
        CaptureRecord record = records.stream().filter(r -> r.seq() == seq).findFirst().orElseThrow();
        return (GameStateUpdate) codec.decode(record.eventName(), record.argumentsJson(), new Stamp(seq, 0));
    }

    @Test
    void floatNoiseInSolSumsSurvivesUnchanged() {
        String frame = "[{\"id\":\"did:privy:x\",\"cash\":0.017619831,\"totalInvested\":0.8500000000000001,"
                + "\"avgCost\":1,\"positionQty\":0.002,\"unknownKey\":{\"deep\":[1,2]}}]";
        PlayerUpdate update = (PlayerUpdate) codec.decode("playerUpdate", frame, new Stamp(1, 0));
        assertThat(update.totalInvested().toPlainString()).isEqualTo("0.8500000000000001");
        assertThat(update.cash().toPlainString()).isEqualTo("0.017619831");
        assertThat(update.avgCost()).isEqualByComparingTo("1");
        assertThat(update.cumulativePnL()).isEqualByComparingTo("0"); // missing → documented default
        assertThat(update.sideBet()).isNull();
    }
}
