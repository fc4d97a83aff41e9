package io.rugdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.rugdesk.protocol.WireJson;
import io.socket.parser.DecodingException;
import io.socket.parser.IOParser;
import io.socket.parser.Packet;
import io.socket.parser.Parser;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.junit.jupiter.api.Test;

/**
 * {@link RawEventDecoder} against socket.io-client's own decoder on the same packets: same type, namespace, ack
 * id, event name and arguments (the raw text parsed by Jackson equals the library's org.json values printed),
 * the same packets refused, and binary packets and acks left to the library.
 */
class RawEventDecoderTest {

    private static final String TICK = "{\"gameId\":\"g\",\"price\":1.0154269271335972,\"tickCount\":7,"
            + "\"leaderboard\":[{\"id\":\"a\",\"pnl\":-0.5}],\"partialPrices\":{\"values\":{\"3\":1.25}}}";

    private final List<Packet<?>> fromLibrary = new ArrayList<>();
    private final List<Packet<?>> fromRaw = new ArrayList<>();
    private final IOParser.Decoder library = new IOParser.Decoder();
    private final RawEventDecoder raw = new RawEventDecoder();

    RawEventDecoderTest() {
        library.onDecoded(fromLibrary::add);
        raw.onDecoded(fromRaw::add);
    }

    @Test
    void eventsComeThroughAsTheLibraryReadsThemWithTheirArgumentsAsText() throws Exception {
        List<String> packets = List.of("2[\"gameStateUpdate\"," + TICK + "]",
                "2[\"gameStateUpdate\",{\"__trace\":true},  " + TICK + "]", "2 [ \"x\" ]", "2[\"x\"]",
                "2/admin,[\"standard/newTrade\",{\"qty\":1.50}]", "2/admin,17[\"ev\",1,\"two\",null,[3]]",
                "242[\"requestSomething\",{\"a\":[]}]", "2[\"empty args\",\n{}]", "2[\"ünïcode ✓\",\"é\"]");
        for (String packet : packets) {
            library.add(packet);
            raw.add(packet);
        }
        assertThat(fromRaw).hasSameSizeAs(packets).hasSameSizeAs(fromLibrary);
        for (int i = 0; i < packets.size(); i++) {
            Packet<?> expected = fromLibrary.get(i);
            Packet<?> actual = fromRaw.get(i);
            assertThat(actual.type).as(packets.get(i)).isEqualTo(Parser.EVENT).isEqualTo(expected.type);
            assertThat(actual.nsp).as(packets.get(i)).isEqualTo(expected.nsp);
            assertThat(actual.id).as(packets.get(i)).isEqualTo(expected.id);
            JSONArray expectedData = (JSONArray) expected.data;
            JSONArray actualData = (JSONArray) actual.data;
            assertThat(actualData.getString(0)).isEqualTo(expectedData.getString(0));
            assertThat(actualData.get(1)).as(packets.get(i)).isInstanceOf(RawArguments.class);
            JsonNode actualArguments = WireJson.mapper().readTree(((RawArguments) actualData.get(1)).json());
            JSONArray expectedArguments = new JSONArray();
            for (int j = 1; j < expectedData.length(); j++) {
                expectedArguments.put(expectedData.get(j));
            }
            assertThat(actualArguments).as(packets.get(i))
                    .isEqualTo(WireJson.mapper().readTree(expectedArguments.toString()));
        }
        assertThat(fromRaw.get(5).id).isEqualTo(17);
        assertThat(fromRaw.get(4).nsp).isEqualTo("/admin");
    }

    @Test
    void everythingElseIsTheLibrarysDecisionUnchanged() {
        List<String> packets = List.of("0{\"sid\":\"abc\"}", "0/admin,{\"sid\":\"x\"}", "1", "1/admin,",
                "4{\"message\":\"Not authorized\"}", "35[{\"success\":true}]", "3/admin,6[]",
                "2[\"esc\\\"aped\",1]", "2[7,1]", "2a[\"x\"]", "2", "2/admin",
                "2123456789012[\"big id\"]");
        for (String packet : packets) {
            assertThat(outcome(() -> raw.add(packet))).as(packet).isEqualTo(outcome(() -> library.add(packet)));
        }
        assertThat(fromRaw).hasSameSizeAs(fromLibrary).hasSizeGreaterThan(8);
        for (int i = 0; i < fromLibrary.size(); i++) {
            Packet<?> expected = fromLibrary.get(i);
            Packet<?> actual = fromRaw.get(i);
            assertThat(actual.type).isEqualTo(expected.type);
            assertThat(actual.nsp).isEqualTo(expected.nsp);
            assertThat(actual.id).isEqualTo(expected.id);
            assertThat(String.valueOf(actual.data)).isEqualTo(String.valueOf(expected.data));
        }
        for (String refused : List.of("9[]", "2[]", "0[1]", "2[null,1]", "2[]x")) {
            assertThatThrownBy(() -> raw.add(refused)).as(refused).isInstanceOf(DecodingException.class);
        }
        assertThat(outcome(() -> raw.add("5-[]"))).isEqualTo(outcome(() -> library.add("5-[]")));
    }

    private static String outcome(Runnable add) {
        try {
            add.run();
            return "decoded";
        } catch (RuntimeException refused) {
            return refused.toString();
        }
    }

    @Test
    void binaryEventsAreReassembledByTheLibraryWhileTextWaits() {
        raw.add("51-[\"upload\",{\"_placeholder\":true,\"num\":0}]");
        assertThat(fromRaw).isEmpty();
        raw.add(new byte[] {1, 2, 3});
        assertThat(fromRaw).hasSize(1);
        JSONArray data = (JSONArray) fromRaw.get(0).data;
        assertThat(fromRaw.get(0).type).isEqualTo(Parser.BINARY_EVENT);
        assertThat(data.getString(0)).isEqualTo("upload");
        assertThat((byte[]) data.get(1)).containsExactly(1, 2, 3);
        raw.add("2[\"after\",{}]");
        assertThat(((JSONArray) fromRaw.get(1).data).get(1)).isInstanceOf(RawArguments.class);
    }

    @Test
    void damagedArgumentsAreHandedOnForTheCodecToRejectNotDroppedHere() {
        raw.add("2[\"gameStateUpdate\",{\"gameId\":\"g\",]");
        assertThatThrownBy(() -> library.add("2[\"gameStateUpdate\",{\"gameId\":\"g\",]"))
                .isInstanceOf(DecodingException.class);
        assertThat(((RawArguments) ((JSONArray) fromRaw.get(0).data).get(1)).json())
                .isEqualTo("[{\"gameId\":\"g\",]");
        // org.json read this leniently; the codec's strict JSON rejects it (with a reason) instead
        raw.add("2[\"lenient\",{a:'b'}]");
        assertThat(((RawArguments) ((JSONArray) fromRaw.get(1).data).get(1)).json()).isEqualTo("[{a:'b'}]");
    }
}
