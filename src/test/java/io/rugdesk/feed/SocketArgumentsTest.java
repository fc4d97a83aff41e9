package io.rugdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.protocol.OrderAck;
import io.socket.client.Ack;
import java.math.BigDecimal;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.Test;

/** org.json as socket.io-client uses it: decimals must survive the trip into JSON text digit for digit. */
class SocketArgumentsTest {

    @Test
    void decimalsParseAsBigDecimalAndComeBackUnchanged() {
        // socket.io-client's parser reads frames with JSONTokener, exactly like this
        JSONArray frame = (JSONArray) new JSONTokener(
                "[\"gameStateUpdate\",{\"price\":0.020000000000000018,\"totalInvested\":0.8500000000000001,"
                        + "\"big\":123456789012345678901234567890,\"tiny\":1.5E-10,\"n\":null}]").nextValue();
        JSONObject payload = frame.getJSONObject(1);
        assertThat(payload.get("price")).isInstanceOf(BigDecimal.class);

        String json = SocketArguments.toJsonArray(new Object[] {"gameStateUpdate", payload}, 1);

        assertThat(json).contains("\"price\":0.020000000000000018").contains("\"totalInvested\":0.8500000000000001")
                .contains("\"big\":123456789012345678901234567890").contains("\"n\":null");
        JSONObject back = new JSONArray(json).getJSONObject(0);
        assertThat(back.getBigDecimal("tiny")).isEqualByComparingTo("0.00000000015");
    }

    @Test
    void ackCallbacksAndNullsAreHandled() {
        Ack ack = args -> { };
        assertThat(SocketArguments.toJsonArray(new Object[] {"e", null, new JSONObject().put("success", true), ack}, 1))
                .isEqualTo("[null,{\"success\":true}]");
        assertThat(SocketArguments.toJsonArray(new Object[] {"e"}, 1)).isEqualTo("[]");
        assertThat(OrderAck.ok().success()).isTrue();
    }

    @Test
    void longTextIsAbbreviated() {
        assertThat(SocketArguments.abbreviate("x".repeat(500), 10)).isEqualTo("xxxxxxxxxx… (500 chars)");
        assertThat(SocketArguments.abbreviate("short", 10)).isEqualTo("short");
    }
}
