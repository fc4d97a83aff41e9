package io.rugdesk.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rugdesk.event.Event;
import io.rugdesk.event.Stamp;
import io.rugdesk.feed.ConnectionEvent;
import io.rugdesk.game.GameEvent;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.trading.AccountEvent;
import io.rugdesk.trading.OrderRejected;
import io.rugdesk.trading.RequestSell;
import io.rugdesk.trading.TradeCommand;
import io.rugdesk.trading.TradeEvent;
import io.rugdesk.verify.FieldComparison;
import io.rugdesk.verify.StateDriftDetected;
import io.rugdesk.verify.StateField;
import io.rugdesk.verify.VerificationEvent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema 2 is explicit: every event type is placed, every record type is documented, fields are fixed names. */
class EventRecordsTest {

    private static final List<Class<?>> SEALED_ROOTS = List.of(FeedEvent.class, GameEvent.class,
            TradeCommand.class, TradeEvent.class, AccountEvent.class, VerificationEvent.class, ConnectionEvent.class,
            RecordingEvent.class);

    @Test
    void everyEventTypeOfTheSealedRootsIsRecordedOrDeliberatelyNot() {
        List<String> unplaced = new ArrayList<>();
        for (Class<?> root : SEALED_ROOTS) {
            assertThat(root.isSealed()).as("%s is sealed", root).isTrue();
            for (Class<?> type : root.getPermittedSubclasses()) {
                boolean placed = EventRecords.writes(type) || EventRecords.WRITTEN_BY_THE_RECORDER.contains(type)
                        || EventRecords.NOT_RECORDED.contains(type) || RecordingEvent.class.isAssignableFrom(type);
                if (!placed) {
                    unplaced.add(type.getName());
                }
            }
        }
        assertThat(unplaced).as("new event types need a record in EventRecords (and docs/recording-format.md) or"
                + " a place in NOT_RECORDED").isEmpty();
    }

    /** The bot's and the risk guard's events, which this package may not import, are all named as not recorded. */
    @Test
    void theEventsOfPackagesTheRecorderCannotSeeAreNamedExactly() {
        List<String> named = new ArrayList<>();
        for (Class<?> root : List.of(io.rugdesk.bot.BotEvent.class, io.rugdesk.risk.RiskEvent.class)) {
            for (Class<?> type : root.getPermittedSubclasses()) {
                named.add(type.getName());
                assertThat(EventRecords.deliberatelyNotRecorded(type)).as(type.getName()).isTrue();
            }
        }
        assertThat(EventRecords.NOT_RECORDED_ELSEWHERE).containsExactlyInAnyOrderElementsOf(named);
    }

    @Test
    void everyRecordTypeWrittenIsNamedInTheFormatDocument() throws Exception {
        String doc = Files.readString(Path.of("docs", "recording-format.md"));
        List<String> undocumented = new ArrayList<>();
        for (Class<?> root : SEALED_ROOTS) {
            for (Class<?> type : root.getPermittedSubclasses()) {
                String recordType = EventRecords.recordType(type);
                if (recordType != null && !doc.contains("| `" + recordType + "` |")) {
                    undocumented.add(recordType + " (" + type.getSimpleName() + ")");
                }
            }
        }
        for (String gameRecord : List.of("header", "tick", "gameStarted", "phase", "gameEnded", "seedRevealed",
                "footer")) {
            if (!doc.contains("| `" + gameRecord + "` |")) {
                undocumented.add(gameRecord);
            }
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void recordsAreWrittenFieldByFieldWithExactDecimals() {
        Stamp stamp = new Stamp(42, 1_795_000_000_000L);
        ObjectNode drift = EventRecords.of(new StateDriftDetected(stamp, List.of(new FieldComparison(StateField.CASH,
                new BigDecimal("1.100000000"), new BigDecimal("1.000000001"), new BigDecimal("0.099999999"),
                new BigDecimal("0.000000001")))));
        assertThat(drift.toString()).isEqualTo("{\"type\":\"drift\",\"t\":1795000000000,\"seq\":42,\"fields\":["
                + "{\"field\":\"cash\",\"local\":\"1.100000000\",\"server\":\"1.000000001\","
                + "\"difference\":\"0.099999999\",\"tolerance\":\"0.000000001\"}]}");
        ObjectNode rejected = EventRecords.of(new OrderRejected(stamp, new RequestSell(stamp, 25), "no position"));
        assertThat(rejected.toString()).isEqualTo("{\"type\":\"orderRejected\",\"t\":1795000000000,\"seq\":42,"
                + "\"request\":{\"command\":\"sell\",\"percentage\":25},\"reason\":\"no position\"}");
    }

    /** An event type outside the sealed roots (a test's own): never written by reflection. */
    record Unplaced(Stamp stamp, BigDecimal amount) implements Event { }

    @Test
    void anEventTypeWithoutARecordIsNotWritten() {
        assertThat(EventRecords.of(new Unplaced(new Stamp(1, 1), BigDecimal.ONE))).isNull();
    }
}
