package io.rugdesk.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.game.Phase;
import io.rugdesk.protocol.OrderAck;
import io.rugdesk.trading.OrderAcknowledged;
import io.rugdesk.trading.OrderConfirmed;
import io.rugdesk.trading.OrderFailed;
import io.rugdesk.trading.OrderKind;
import io.rugdesk.trading.OrderSubmitted;
import io.rugdesk.verify.FairnessChecked;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An order filled right at the rug is acknowledged after {@code gameEnded} (seen in a loopback run: 43 of 45
 * orders in the ledger). Its records belong to the game it was submitted in, whose file waits for them.
 */
class LateOrderRecordsTest {

    @TempDir
    Path root;

    private static void submit(RecorderFixture f, long orderId, String gameId, int tick) {
        f.publish(new OrderSubmitted(f.game.stamp(), orderId, OrderKind.BUY, new BigDecimal("0.01"), 0,
                GameScript.price(gameId, tick), tick, "{}"));
    }

    private static void confirm(RecorderFixture f, long orderId, String gameId, int tick) {
        f.publish(new OrderAcknowledged(f.game.stamp(), orderId, OrderAck.ok(), f.time.millis()));
        f.publish(new OrderConfirmed(f.game.stamp(), orderId, OrderKind.BUY, GameScript.price(gameId, tick)));
    }

    /** Cooldown, start and ticks 1…lastTick, no rug yet. */
    private static void play(RecorderFixture f, String gameId, int lastTick) {
        f.game.cooldown(gameId, Phase.RUGGED);
        f.game.start(gameId);
        for (int tick = 1; tick <= lastTick; tick++) {
            f.game.tick(gameId, tick);
        }
    }

    private static List<String> orderRecords(RecordingReader.Recording recording) {
        return recording.others().stream()
                .filter(o -> o.type().startsWith("order"))
                .map(o -> o.type() + ":" + o.node().path("orderId").asLong()).toList();
    }

    @Test
    void aConfirmationAfterTheRugGoesIntoItsGamesFile() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, true)) {
            play(f, "g1", 3);
            submit(f, 7, "g1", 3); // sent at tick 3, filled by the server just before its rug
            f.game.rug("g1", 4);
            confirm(f, 7, "g1", 3);
            f.game.step();
            f.game.seed("g1");
            f.publish(new FairnessChecked(f.game.stamp(), "g1", true, "ok"));

            List<RecordingReader.Recording> files = f.finishedRecordings();
            assertThat(files).hasSize(1);
            assertThat(files.get(0).problems()).isEmpty();
            assertThat(orderRecords(files.get(0))).containsExactly("orderSubmitted:7", "orderAcknowledged:7",
                    "orderConfirmed:7");
        }
    }

    @Test
    void theFooterWaitsForAnOrderStillUnansweredWhenTheSeedCame() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, true)) {
            play(f, "g1", 1);
            submit(f, 1, "g1", 1);
            confirm(f, 1, "g1", 1);
            f.game.tick("g1", 2);
            submit(f, 2, "g1", 2);
            f.game.rug("g1", 3);
            f.game.cooldown("g2", Phase.RUGGED);
            f.game.seed("g1");
            f.publish(new FairnessChecked(f.game.stamp(), "g1", true, "ok"));
            assertThat(f.files("*.jsonl")).as("order 2 is not answered yet").isEmpty();

            f.game.start("g2"); // the next game records already
            submit(f, 3, "g2", 0);
            confirm(f, 2, "g1", 2); // the late confirmation of g1's order
            assertThat(f.files("*.jsonl")).as("g1 is complete now").hasSize(1);
            confirm(f, 3, "g2", 0);
            f.game.tick("g2", 1);
            f.game.rug("g2", 1);
            f.game.seed("g2");
            f.publish(new FairnessChecked(f.game.stamp(), "g2", true, "ok"));

            List<RecordingReader.Recording> files = f.finishedRecordings();
            assertThat(files).hasSize(2).allSatisfy(r -> assertThat(r.problems()).isEmpty());
            assertThat(files).extracting(RecordingReader.Recording::gameId).containsExactly("g1", "g2");
            assertThat(orderRecords(files.get(0))).containsExactly("orderSubmitted:1", "orderAcknowledged:1",
                    "orderConfirmed:1", "orderSubmitted:2", "orderAcknowledged:2", "orderConfirmed:2");
            assertThat(orderRecords(files.get(1))).containsExactly("orderSubmitted:3", "orderAcknowledged:3",
                    "orderConfirmed:3");
        }
    }

    @Test
    void aPresaleBuyGoesIntoTheFileOfTheGameItTradesIn() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, true)) {
            f.game.cooldown("g1", Phase.RUGGED); // presale: no file yet, auto-record opens one at the start
            submit(f, 4, "g1", 0);
            confirm(f, 4, "g1", 0);
            f.game.start("g1");
            f.game.tick("g1", 1);
            f.game.rug("g1", 2);
            f.game.seed("g1");
            f.publish(new FairnessChecked(f.game.stamp(), "g1", true, "ok"));

            RecordingReader.Recording rec = f.finishedRecordings().get(0);
            assertThat(rec.problems()).isEmpty();
            assertThat(orderRecords(rec)).containsExactly("orderSubmitted:4", "orderAcknowledged:4",
                    "orderConfirmed:4");
        }
    }

    @Test
    void anOrderNeverAnsweredHoldsTheFooterOnlyForTheGracePeriod() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, true)) {
            play(f, "g1", 2);
            submit(f, 5, "g1", 2);
            f.game.rug("g1", 3);
            f.game.seed("g1");
            f.publish(new FairnessChecked(f.game.stamp(), "g1", true, "ok"));
            f.time.advance(Duration.ofMillis(9_999));
            assertThat(f.files("*.jsonl")).isEmpty();
            f.time.advance(Duration.ofMillis(1));
            RecordingReader.Recording rec = f.finishedRecordings().get(0);
            assertThat(rec.problems()).isEmpty();
            assertThat(rec.footer().serverSeed()).isEqualTo("seed-g1");
            assertThat(f.time.pending()).isZero();

            f.publish(new OrderFailed(f.game.stamp(), 5, "no acknowledgement")); // the file is gone: no record
            assertThat(f.files("*.partial")).isEmpty();
        }
    }
}
