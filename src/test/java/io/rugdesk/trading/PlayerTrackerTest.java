package io.rugdesk.trading;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.feed.Reconnected;
import io.rugdesk.protocol.GameStatePlayerUpdate;
import io.rugdesk.protocol.LeaderboardEntry;
import io.rugdesk.protocol.UsernameStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Identity once per connection, server state from every playerUpdate, the own leaderboard entry. */
class PlayerTrackerTest {

    private static final String ID = TradingHarness.PLAYER;

    private final TradingHarness h = new TradingHarness();

    @AfterEach
    void noSubscriberFailed() {
        h.assertNoSubscriberFailed();
    }

    private void usernameStatus(String id, boolean hasUsername, String username) {
        h.bus.publish(new UsernameStatus(h.stamp(), id, hasUsername, username));
    }

    @Test
    void identifiedOncePerConnectionAndAgainAfterAReconnect() {
        usernameStatus(ID, true, "Dutch");
        usernameStatus(ID, true, "Dutch");
        h.playerUpdate("0.017619831", "0", "0", "0", "0", null);
        assertThat(h.all(PlayerIdentified.class)).containsExactly(
                new PlayerIdentified(h.all(PlayerIdentified.class).get(0).stamp(), ID, "Dutch"));
        assertThat(h.tracker.username()).isEqualTo("Dutch");
        h.bus.publish(new Reconnected(h.stamp(), 1));
        assertThat(h.tracker.isLoggedIn()).isFalse();
        usernameStatus(ID, true, "Dutch");
        assertThat(h.all(PlayerIdentified.class)).hasSize(2);
    }

    @Test
    void playerUpdateIdentifiesWhenNoUsernameStatusCameAndTheLaterNameIsAChange() {
        h.playerUpdate("0.017619831", "0", "0", "0", "0", null);
        assertThat(h.last(PlayerIdentified.class)).extracting(PlayerIdentified::id, PlayerIdentified::username)
                .containsExactly(ID, null);
        usernameStatus(ID, true, "Dutch");
        assertThat(h.all(PlayerIdentified.class)).extracting(PlayerIdentified::username)
                .containsExactly(null, "Dutch");
    }

    @Test
    void unusableUsernameStatusesDoNotCrash() {
        usernameStatus(null, true, "ghost");
        usernameStatus(ID, false, null);
        usernameStatus(ID, true, "  ");
        assertThat(h.all(PlayerIdentified.class)).singleElement()
                .extracting(PlayerIdentified::username).isNull();
        assertThat(h.tracker.isLoggedIn()).isTrue();
    }

    @Test
    void everyAuthenticatedPlayerUpdateBecomesAServerStateUpdate() {
        h.playerUpdate("0.09503525", "0.003384584", "1.181828845", "0.000888953", "0.004", null);
        h.playerUpdate("0.09503525", "0.003384584", "1.181828845", "0.000888953", "0.004", null);
        assertThat(h.all(ServerStateUpdated.class)).hasSize(2);
        ServerStateUpdated update = h.last(ServerStateUpdated.class);
        assertThat(update.playerId()).isEqualTo(ID);
        assertThat(update.server().avgCost()).isEqualByComparingTo("1.181828845");
        assertThat(update.stamp().receivedAt()).isEqualTo(h.timer.millis());
    }

    @Test
    void ownLeaderboardEntryIsPassedOnAndItsAbsenceIgnored() {
        h.bus.publish(new GameStatePlayerUpdate(h.stamp(), TradingHarness.GAME, null));
        LeaderboardEntry entry = new LeaderboardEntry(ID, "Dutch", 7, new BigDecimal("0.000888953"),
                new BigDecimal("0.000888953"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("44.44765"), true,
                new BigDecimal("0.002"), BigDecimal.ONE, new BigDecimal("0.002"), 4, false, null);
        h.bus.publish(new GameStatePlayerUpdate(h.stamp(), TradingHarness.GAME, entry));
        assertThat(h.all(PersonalLeaderboardUpdated.class)).singleElement().satisfies(row -> {
            assertThat(row.rank()).isEqualTo(4);
            assertThat(row.pnl()).isEqualByComparingTo("0.000888953");
            assertThat(row.pnlPercent()).isEqualByComparingTo("44.44765");
            assertThat(row.positionQty()).isEqualByComparingTo("0.002");
        });
    }
}
