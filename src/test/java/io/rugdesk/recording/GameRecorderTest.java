package io.rugdesk.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.Event;
import io.rugdesk.event.Stamp;
import io.rugdesk.game.Phase;
import io.rugdesk.protocol.PlayerUpdate;
import io.rugdesk.trading.OrderKind;
import io.rugdesk.trading.OrderSubmitted;
import io.rugdesk.trading.PlayerIdentified;
import io.rugdesk.verify.FairnessChecked;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameRecorderTest {

    @TempDir
    Path root;

    /** Something the recorder does not know, carrying money: must land as a generic record, decimals exact. */
    record OrderFilled(Stamp stamp, String command, BigDecimal amount, BigDecimal cashBefore) implements Event { }

    @Test
    void itSubscribesOnlyAtStartAndItsHandleUnsubscribesAgain() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, true)) {
            int withRecorder = f.bus.subscriptionCount();
            f.started.close();
            int without = f.bus.subscriptionCount();
            assertThat(without).isLessThan(withRecorder);

            f.playGame("g1", 5);
            assertThat(f.files("*.partial")).isEmpty();
            assertThat(f.eventsOf(RecordingStarted.class)).isEmpty();

            GameRecorder unstarted = new GameRecorder(f.bus, new RecordingSettings(root.resolve("other"), true),
                    null, GameRecorder.Config.defaults("s", "c"), f.time, f.time.clock(),
                    RecordingFileWriter.ChannelOpener.FILES, Runnable::run);
            assertThat(f.bus.subscriptionCount()).isEqualTo(without);
            AutoCloseable handle = unstarted.start();
            assertThat(f.bus.subscriptionCount()).isGreaterThan(without);
            handle.close();
            assertThat(f.bus.subscriptionCount()).isEqualTo(without);
            unstarted.close();
        }
    }

    @Test
    void aFullGameBecomesOneValidFileRenamedFromPartial() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, true)) {
            f.playGame("g1", 20);
            assertThat(f.files("*.partial")).hasSize(1);
            assertThat(f.files("*.jsonl")).isEmpty();
            f.game.step();
            f.game.seed("g1");
            f.time.advance(Duration.ofSeconds(1));

            assertThat(f.files("*.partial")).isEmpty();
            RecordingReader.Recording rec = f.finishedRecordings().get(0);
            assertThat(rec.problems()).isEmpty();
            assertThat(rec.file().getFileName().toString()).endsWith("_g1.jsonl").startsWith("2026-");
            assertThat(rec.header().gameId()).isEqualTo("g1");
            assertThat(rec.header().joinedMidGame()).isFalse();
            assertThat(rec.header().schema()).isEqualTo(2);
            assertThat(rec.header().server()).isEqualTo("http://localhost:1/test");
            assertThat(rec.ticks()).extracting(RecordingReader.Tick::tick).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(0, 20).boxed().toList());
            for (RecordingReader.Tick tick : rec.ticks().subList(1, rec.ticks().size())) {
                assertThat(tick.price()).isEqualTo(GameScript.price("g1", tick.tick()));
            }
            RecordingReader.Footer footer = rec.footer();
            assertThat(footer.outcome()).isEqualTo(Outcome.RUGGED);
            assertThat(footer.rugTick()).isEqualTo(20);
            assertThat(footer.rugPrice()).isEqualTo(GameScript.price("g1", 20));
            assertThat(footer.serverSeed()).isEqualTo("seed-g1");
            assertThat(footer.fair()).isNull();
            assertThat(f.eventsOf(RecordingStarted.class)).hasSize(1);
            assertThat(f.eventsOf(RecordingFinished.class)).singleElement()
                    .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.RUGGED))
                    .satisfies(e -> assertThat(e.file()).isEqualTo(rec.file()));
        }
    }

    @Test
    void aLateTickIsKeptMarkedInArrivalOrderAndNotCountedAsATick() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, true)) {
            f.game.cooldown("g1", Phase.UNKNOWN);
            f.game.start("g1");
            for (int tick = 1; tick <= 5; tick++) {
                f.game.tick("g1", tick);
            }
            f.game.lateTick("g1", 3, 5);
            f.game.lateTick("other", 2, 9); // another game's late frame is not this file's
            f.game.tick("g1", 6);
            f.game.rug("g1", 6);
            f.time.advance(Duration.ofSeconds(11));

            RecordingReader.Recording rec = f.finishedRecordings().get(0);
            assertThat(rec.problems()).isEmpty();
            List<String> lines = Files.readAllLines(rec.file());
            assertThat(lines).filteredOn(l -> l.startsWith("{\"type\":\"tick\""))
                    .extracting(l -> l.replaceAll(".*\"tick\":(\\d+),.*\"late\":(true|false).*", "$1 $2"))
                    .containsExactly("0 false", "1 false", "2 false", "3 false", "4 false", "5 false", "3 true",
                            "6 false");
            assertThat(rec.lateTicks()).singleElement()
                    .satisfies(t -> assertThat(t.price()).isEqualTo(GameScript.price("g1", 3)));
            assertThat(rec.footer().ticks()).isEqualTo(7);
            assertThat(rec.footer().lateTicks()).isEqualTo(1);
            assertThat(rec.footer().summary().path("lastTick").asInt()).as("a late tick does not move it").isEqualTo(6);
        }
    }

    @Test
    void priceStringsAreExactPlainDecimals() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, true)) {
            f.playGame("g1", 3);
            f.game.seed("g1");
            f.time.advance(Duration.ofSeconds(1));
            String text = Files.readString(f.files("*.jsonl").get(0));
            assertThat(text).contains("\"price\":\"" + GameScript.price("g1", 3).toPlainString() + "\"")
                    .doesNotContain("E-").doesNotContain("E+");
        }
    }

    @Test
    void aGameJoinedMidWayIsRecordedFromTheJoinAndSaysSo() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, true)) {
            f.game.joinMidGame("g1", 57);
            f.game.tick("g1", 58);
            f.game.rug("g1", 58);
            f.time.advance(Duration.ofSeconds(11));
            RecordingReader.Recording rec = f.finishedRecordings().get(0);
            assertThat(rec.problems()).isEmpty();
            assertThat(rec.header().joinedMidGame()).isTrue();
            assertThat(rec.ticks()).extracting(RecordingReader.Tick::tick).containsExactly(57, 58);
        }
    }

    @Test
    void seedWithinGraceAndFairnessVerdictReachTheFooter() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, true)) {
            f.playGame("g1", 5);
            f.time.advance(Duration.ofMillis(1500));
            f.game.seed("g1");
            f.publish(new FairnessChecked(f.game.stamp(), "g1", true, "prices match"));
            RecordingReader.Recording rec = f.finishedRecordings().get(0);
            assertThat(rec.footer().serverSeed()).isEqualTo("seed-g1");
            assertThat(rec.footer().fair()).isTrue();
            assertThat(f.time.pending()).isZero();
        }
    }

    @Test
    void withoutSeedTheFooterClosesAfterTheGracePeriod() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, true)) {
            f.playGame("g1", 5);
            f.time.advance(Duration.ofMillis(9_999));
            assertThat(f.files("*.jsonl")).isEmpty();
            f.time.advance(Duration.ofMillis(1));
            RecordingReader.Recording rec = f.finishedRecordings().get(0);
            assertThat(rec.problems()).isEmpty();
            assertThat(rec.footer().serverSeed()).isNull();
            assertThat(rec.footer().outcome()).isEqualTo(Outcome.RUGGED);
            f.game.seed("g1"); // too late: nothing reopens
            assertThat(f.files("*.partial")).isEmpty();
        }
    }

    @Test
    void theNextGameRecordsWhileThePreviousWaitsForItsSeed() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, true)) {
            f.playGame("g1", 4);
            f.game.cooldown("g2", Phase.RUGGED);
            f.game.seed("g1"); // arrives with the next game's first message
            f.game.start("g2");
            f.game.tick("g2", 1);
            f.game.rug("g2", 1);
            f.game.seed("g2");
            f.time.advance(Duration.ofSeconds(1));
            assertThat(f.finishedRecordings()).hasSize(2).allSatisfy(r -> assertThat(r.problems()).isEmpty())
                    .extracting(r -> r.footer().serverSeed()).containsExactly("seed-g1", "seed-g2");
        }
    }

    @Test
    void manualStartMidGameAndStopWriteStopped() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, false)) {
            f.game.cooldown("g1", Phase.UNKNOWN);
            f.game.start("g1");
            f.game.tick("g1", 1);
            assertThat(f.files("*")).isEmpty();
            f.publish(new RequestStartRecording(f.game.stamp()));
            f.game.tick("g1", 2);
            f.publish(new OrderSubmitted(f.game.stamp(), 7, OrderKind.BUY, new BigDecimal("0.100000000"), 0,
                    new BigDecimal("1.5"), 2, "{}"));
            f.publish(new OrderFilled(f.game.stamp(), "BUY", new BigDecimal("0.1"), new BigDecimal("1.5")));
            f.publish(new RequestStartRecording(f.game.stamp()));
            assertThat(f.eventsOf(RecordingRefused.class)).hasSize(1);
            f.publish(new RequestStopRecording(f.game.stamp()));
            f.game.tick("g1", 3);

            RecordingReader.Recording rec = f.finishedRecordings().get(0);
            assertThat(rec.problems()).isEmpty();
            assertThat(rec.header().joinedMidGame()).isTrue();
            assertThat(rec.footer().outcome()).isEqualTo(Outcome.STOPPED);
            assertThat(rec.ticks()).extracting(RecordingReader.Tick::tick).containsExactly(1, 2);
            RecordingReader.Other order = rec.others().stream().filter(o -> o.type().equals("orderSubmitted"))
                    .findFirst().orElseThrow();
            assertThat(order.node().path("orderId").asLong()).isEqualTo(7);
            assertThat(order.node().path("kind").asText()).isEqualTo("BUY");
            assertThat(order.node().path("amount").asText()).isEqualTo("0.100000000");
            assertThat(order.node().path("expectedPrice").asText()).isEqualTo("1.5");
            assertThat(rec.others()).as("an event type without a schema record is not written")
                    .noneMatch(o -> o.node().toString().contains("OrderFilled"));

            f.publish(new RequestStartRecording(f.game.stamp()));
            assertThat(f.eventsOf(RecordingRefused.class)).as("one game, one file").hasSize(2);
        }
    }

    @Test
    void manualStartInCooldownRecordsTheComingGameFromItsStart() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, false)) {
            f.game.cooldown("g1", Phase.UNKNOWN);
            f.publish(new RequestStartRecording(f.game.stamp()));
            f.game.start("g1");
            f.game.tick("g1", 1);
            f.game.rug("g1", 1);
            f.game.seed("g1");
            f.time.advance(Duration.ofSeconds(1));
            RecordingReader.Recording rec = f.finishedRecordings().get(0);
            assertThat(rec.problems()).isEmpty();
            assertThat(rec.header().joinedMidGame()).isFalse();
            assertThat(rec.footer().outcome()).isEqualTo(Outcome.RUGGED);
        }
    }

    @Test
    void autoRecordIsOffByDefaultAndTheTogglePersists() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, false)) {
            f.playGame("g1", 3);
            assertThat(f.files("*")).isEmpty();
            f.publish(new RequestAutoRecord(f.game.stamp(), true));
            assertThat(f.recorder.autoRecord()).isTrue();
            assertThat(f.eventsOf(AutoRecordChanged.class)).extracting(AutoRecordChanged::enabled)
                    .containsExactly(true);
            assertThat(f.files("*")).as("no recording started after the rug / in cooldown").isEmpty();
            assertThat(RecordingSettings.load(f.configDir, Path.of("x")).autoRecord()).isTrue();
            assertThat(RecordingSettings.load(f.configDir, Path.of("x")).folder())
                    .as("only the auto-record key is stored: this session's folder is not written back")
                    .isEqualTo(Path.of("x"));
        }
    }

    @Test
    void closeFinishesOpenFilesAndUnsubscribes() throws Exception {
        RecorderFixture f = new RecorderFixture(root, true);
        f.game.cooldown("g1", Phase.UNKNOWN);
        f.game.start("g1");
        f.game.tick("g1", 1);
        f.close();
        assertThat(f.bus.subscriptionCount()).as("only the fixture's own subscription is left").isEqualTo(1);
        assertThat(f.finishedRecordings()).singleElement()
                .satisfies(r -> assertThat(r.footer().outcome()).isEqualTo(Outcome.STOPPED));
    }

    @Test
    void thePlayerGoesInTheHeaderAndServerUpdatesAreRecordedWithExactMoney() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, true)) {
            f.publish(new PlayerIdentified(f.game.stamp(), "did:privy:abc", "alice"));
            f.game.cooldown("g1", Phase.UNKNOWN);
            f.game.start("g1");
            f.publish(new io.rugdesk.protocol.PlayerUpdate(f.game.stamp(), "did:privy:abc", true,
                    new BigDecimal("1.234567891"), new BigDecimal("0.1"), new BigDecimal("1.01"), BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null));
            f.game.rug("g1", 0);
            f.time.advance(Duration.ofSeconds(11));
            RecordingReader.Recording rec = f.finishedRecordings().get(0);
            assertThat(rec.problems()).isEmpty();
            assertThat(rec.header().player().path("username").asText()).isEqualTo("alice");
            assertThat(rec.others()).filteredOn(o -> o.type().equals("serverState")).singleElement()
                    .satisfies(o -> assertThat(o.node().path("cash").asText()).isEqualTo("1.234567891"))
                    .satisfies(o -> assertThat(o.node().path("positionQty").asText()).isEqualTo("0.1"))
                    .satisfies(o -> assertThat(o.node().path("authenticated").asBoolean()).isTrue());
        }
    }

    @Test
    void anIdFromAnUnauthenticatedUpdateNeverBecomesThePlayer() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, true)) {
            f.publish(new PlayerUpdate(f.game.stamp(), "did:privy:spoofed", false, BigDecimal.ONE, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null));
            f.publish(new io.rugdesk.protocol.UsernameStatus(f.game.stamp(), "did:privy:raw", true, "mallory"));
            f.playGame("g1", 1);
            f.publish(new PlayerIdentified(f.game.stamp(), "did:privy:abc", "alice"));
            f.publish(new io.rugdesk.feed.Reconnected(f.game.stamp(), 1));
            f.playGame("g2", 1);
            f.time.advance(Duration.ofSeconds(11));

            assertThat(f.finishedRecordings()).hasSize(2)
                    .allSatisfy(r -> assertThat(r.header().player() == null || r.header().player().isNull())
                            .as("nobody identified when it began: %s", r.header().player()).isTrue());
        }
    }

    @Test
    void aManualStartBetweenGamesAdoptsTheNextGame() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, false)) {
            f.playGame("g1", 2);
            f.publish(new RequestStartRecording(f.game.stamp()));
            f.game.cooldown("g2", Phase.RUGGED);
            f.game.seed("g1");
            f.game.start("g2");
            f.game.tick("g2", 1);
            f.game.rug("g2", 1);
            f.game.seed("g2");
            f.time.advance(Duration.ofSeconds(1));
            RecordingReader.Recording rec = f.finishedRecordings().get(0);
            assertThat(rec.problems()).isEmpty();
            assertThat(rec.file().getFileName().toString()).endsWith("_unknown.jsonl");
            assertThat(rec.header().gameId()).isNull();
            assertThat(rec.footer().gameId()).isEqualTo("g2");
            assertThat(rec.footer().serverSeed()).isEqualTo("seed-g2");
            assertThat(rec.ticks()).extracting(RecordingReader.Tick::tick).containsExactly(0, 1);
        }
    }

    @Test
    void switchingAutoRecordOnInCooldownStartsNothingEvenIfTheLastEndWasMissed() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, false)) {
            f.game.cooldown("g1", Phase.UNKNOWN);
            f.game.start("g1");
            f.game.tick("g1", 1);
            f.game.cooldown("g2", Phase.ACTIVE); // no GameEnded for g1 reached us
            f.publish(new RequestAutoRecord(f.game.stamp(), true));
            assertThat(f.files("*")).isEmpty();
            f.game.start("g2");
            assertThat(f.eventsOf(RecordingStarted.class)).singleElement()
                    .satisfies(e -> assertThat(e.gameId()).isEqualTo("g2"))
                    .satisfies(e -> assertThat(e.joinedMidGame()).isFalse());
        }
    }
}
