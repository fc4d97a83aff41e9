package io.rugdesk.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.rugdesk.event.Stamp;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The codec on the frames protocol.md quotes for the authenticated and sidebet events (§2.4, §2.7, §2.8), copied
 * here as they are printed there (trims such as {@code "…9 more"} included). Where the document gives only a
 * field list or values per field, the frame is put together from exactly those, as said at each test.
 */
class WireCodecDocumentedFramesTest {

    private static final String TRACE = "{\"__trace\":true,\"traceparent\":"
            + "\"00-f89f16bbd99069674a9a54d709743847-3781631892f7fc03-01\"}";
    private static final String SOL = "So11111111111111111111111111111111111111112";

    private final WireCodec codec = new WireCodec();

    /** Decodes a Socket.IO EVENT packet ({@code 42[name, args…]}) the way the feed hands it over. */
    private FeedEvent decode(String packet) throws Exception {
        assertThat(packet).startsWith("42[");
        ArrayNode array = (ArrayNode) new ObjectMapper().readTree(packet.substring(2));
        String name = array.remove(0).asText();
        FeedEvent event = codec.decode(name, array.toString(), new Stamp(1, 0));
        assertThat(event).as(name).isNotInstanceOf(FrameRejected.class).isNotInstanceOf(UnknownEvent.class);
        assertThat(event.eventName()).isEqualTo(name);
        return event;
    }

    @Test
    void gameStatePlayerUpdateOfSection24() throws Exception {
        FeedEvent event = decode("42[\"gameStatePlayerUpdate\",{\"gameId\":\"20251215-0229cacf684f458c\","
                + "\"rugpool\":{\"instarugCount\":9,\"rugpoolAmount\":7.440795633500021,\"totalEntries\":22269,"
                + "\"threshold\":10,\"playersWithEntries\":155,\"solPerEntry\":0.001,\"maxEntriesPerPlayer\":5000,"
                + "\"playerEntries\":[{\"playerId\":\"did:privy:cmb8sq5at0022js0mp6w3f5hh\",\"entries\":5000,"
                + "\"username\":\"ehiwna\",\"percentage\":22.452736988638915},\"…9 more\"],\"lastDrawing\":"
                + "{\"timestamp\":1765750336277,\"winners\":[{\"playerId\":\"did:privy:cmb8sq5at0022js0mp6w3f5hh\","
                + "\"username\":\"ehiwna\",\"entries\":5000,\"reward\":3.5956412111666736},\"…2 more\"],"
                + "\"rewardPerWinner\":3.5956412111666736,\"totalPoolAmount\":10.78692363350002},\"config\":"
                + "{\"threshold\":10,\"instarugThreshold\":6,\"rugpoolPercentage\":0.5}}}]");
        GameStatePlayerUpdate update = (GameStatePlayerUpdate) event;
        assertThat(update.gameId()).isEqualTo("20251215-0229cacf684f458c");
        // §2.4: the entry is present only while the player holds a position or a sidebet this game
        assertThat(update.leaderboardEntry()).isNull();
    }

    @Test
    void currentSidebetResultOfSection27() throws Exception {
        FeedEvent event = decode("42[\"currentSidebetResult\"," + TRACE + ",{\"playerId\":"
                + "\"did:privy:cma094vht019il80np6aidhqd\",\"gameId\":\"20251228-d8d002aba86140ad\",\"username\":"
                + "\"N0m4D\",\"level\":14,\"betAmount\":0.001,\"coinAddress\":\"" + SOL + "\",\"startTick\":264,"
                + "\"endTick\":304,\"tickIndex\":273,\"price\":0.009250309566210552,\"payout\":0.005,\"profit\":0.004,"
                + "\"xPayout\":5,\"type\":\"payout\",\"timestamp\":1766892383152}]");
        CurrentSidebetResult result = (CurrentSidebetResult) event;
        assertThat(result.playerId()).isEqualTo("did:privy:cma094vht019il80np6aidhqd");
        assertThat(result.gameId()).isEqualTo("20251228-d8d002aba86140ad");
        assertThat(result.betAmount()).isEqualByComparingTo("0.001");
        assertThat(result.payout()).isEqualByComparingTo("0.005");
        assertThat(result.profit()).isEqualByComparingTo("0.004");
        assertThat(result.xPayout()).isEqualByComparingTo("5");
        assertThat(result.startTick()).isEqualTo(264);
        assertThat(result.endTick()).isEqualTo(304);
        assertThat(result.tickIndex()).isEqualTo(273);
        // every digit the server wrote survives: no trip through double
        assertThat(result.price()).isEqualTo(new BigDecimal("0.009250309566210552"));
        assertThat(result.type()).isEqualTo("payout");
    }

    /** §2.7 gives the field list of {@code currentSidebet}; the values are those of the §2.7 result frame. */
    @Test
    void currentSidebetWithTheFieldsOfSection27() throws Exception {
        FeedEvent event = decode("42[\"currentSidebet\"," + TRACE + ",{\"playerId\":"
                + "\"did:privy:cma094vht019il80np6aidhqd\",\"gameId\":\"20251228-d8d002aba86140ad\",\"username\":"
                + "\"N0m4D\",\"level\":14,\"price\":0.009250309566210552,\"betAmount\":0.001,\"xPayout\":5,"
                + "\"coinAddress\":\"" + SOL + "\",\"startTick\":264,\"endTick\":304,\"tickIndex\":264,"
                + "\"timestamp\":1766892373152,\"type\":\"placed\"}]");
        SidebetPlacement placed = ((CurrentSidebet) event).sidebet();
        assertThat(placed).isEqualTo(new SidebetPlacement("did:privy:cma094vht019il80np6aidhqd",
                "20251228-d8d002aba86140ad", "N0m4D", 14, new BigDecimal("0.009250309566210552"),
                new BigDecimal("0.001"), new BigDecimal("5"), SOL, 264, 304, 264, 1766892373152L, "placed"));
    }

    /** §2.8 gives one example value per field (its coin address is the SOL mint it abbreviates). */
    @Test
    void newSideBetWithTheValuesOfSection28() throws Exception {
        FeedEvent event = decode("42[\"newSideBet\"," + TRACE + ",{\"betAmount\":0.1,\"coinAddress\":\"" + SOL
                + "\",\"endTick\":72,\"gameId\":\"20251215-8e73a72051b6458f\",\"level\":57,\"playerId\":"
                + "\"did:privy:cmcmrs9kb02jwjo0nhnlrjtto\",\"price\":1.0842147652620817,\"startTick\":32,"
                + "\"tickIndex\":32,\"timestamp\":1765757912433,\"type\":\"placed\",\"username\":\"d3e\","
                + "\"xPayout\":5}]");
        SidebetPlacement placed = ((NewSideBet) event).sidebet();
        assertThat(placed.betAmount()).isEqualTo(new BigDecimal("0.1"));
        assertThat(placed.price()).isEqualTo(new BigDecimal("1.0842147652620817"));
        assertThat(placed.endTick() - placed.startTick()).as("§2.8: endTick = startTick + 40").isEqualTo(40);
        assertThat(placed).extracting(SidebetPlacement::gameId, SidebetPlacement::playerId,
                SidebetPlacement::username, SidebetPlacement::level, SidebetPlacement::tickIndex,
                SidebetPlacement::timestamp, SidebetPlacement::type, SidebetPlacement::coinAddress)
                .containsExactly("20251215-8e73a72051b6458f", "did:privy:cmcmrs9kb02jwjo0nhnlrjtto", "d3e", 57, 32,
                        1765757912433L, "placed", SOL);
        assertThat(placed.xPayout()).isEqualByComparingTo("5");
    }
}
