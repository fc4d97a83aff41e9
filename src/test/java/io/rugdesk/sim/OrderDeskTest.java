package io.rugdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal code of the order desk, and the fills it makes (presale at 1.0 on tick 0). */
class OrderDeskTest {

    private static final OrderDesk.Market PRESALE = new OrderDesk.Market("g", true, false, false, 0, 1.0);
    private static final OrderDesk.Market ACTIVE = new OrderDesk.Market("g", false, true, false, 7, 1.5);
    private static final OrderDesk.Market COOLDOWN = new OrderDesk.Market("g", false, false, false, 0, 1.0);
    private static final OrderDesk.Market RUGGED = new OrderDesk.Market("g", false, true, true, 9, 0.01);

    private final OrderDesk desk = new OrderDesk(BigDecimal.TEN);

    private static SimPlayer player(String cash) {
        return new SimPlayer("did:privy:test", "t", 1, new SimAccount(new BigDecimal(cash), 0));
    }

    private static JSONObject json(String text) {
        return new JSONObject(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"amount\":0.0009}|AMOUNT_TOO_SMALL",
        "{\"amount\":-1}|AMOUNT_TOO_SMALL",
        "{\"amount\":10.5}|AMOUNT_TOO_LARGE",
        "{\"amount\":0.0100000001}|TOO_MANY_DECIMALS",
        "{\"amount\":\"ten\"}|NOT_A_NUMBER",
        "{\"amount\":true}|NOT_A_NUMBER",
        "{\"amt\":1}|MALFORMED",
        "{\"amount\":5}|INSUFFICIENT_CASH"})
    void buyRefusals(String payload, String code) {
        assertThatThrownBy(() -> desk.buy(player("1"), json(payload), ACTIVE))
                .isInstanceOfSatisfying(OrderDesk.Refusal.class, r -> {
                    assertThat(r.code).isEqualTo(code);
                    assertThat(r.ack()).containsEntry("success", false).containsEntry("error", code);
                    assertThat((String) r.ack().get("message")).hasSizeGreaterThan(15);
                });
    }

    @Test
    void payloadThatIsNoObjectIsMalformedAndPhasesAreEnforced() {
        assertThat(code(() -> desk.buy(player("1"), "0.01", ACTIVE))).isEqualTo("MALFORMED");
        assertThat(code(() -> desk.buy(player("1"), json("{\"amount\":0.01}"), COOLDOWN))).isEqualTo("WRONG_PHASE");
        assertThat(code(() -> desk.buy(player("1"), json("{\"amount\":0.01}"), RUGGED))).isEqualTo("WRONG_PHASE");
        assertThat(code(() -> desk.sell(player("1"), json("{\"percentage\":50}"), PRESALE))).isEqualTo("WRONG_PHASE");
        assertThat(code(() -> desk.sell(player("1"), json("{\"percentage\":50}"), ACTIVE))).isEqualTo("NOTHING_TO_SELL");
        assertThat(code(() -> desk.sell(player("1"), json("{\"percentage\":0}"), ACTIVE))).isEqualTo("INVALID_PERCENTAGE");
        assertThat(code(() -> desk.sell(player("1"), json("{\"percentage\":101}"), ACTIVE))).isEqualTo("INVALID_PERCENTAGE");
        assertThat(code(() -> desk.sell(player("1"), json("{}"), ACTIVE))).isEqualTo("MALFORMED");
        assertThat(code(() -> desk.sidebet(player("1"), json("{\"amount\":0.01,\"xPayout\":3}"), ACTIVE, 0)))
                .isEqualTo("MALFORMED");
    }

    @Test
    void presaleBuysFillAtOneAndOnlyOneSidebetMayBeOpen() throws Exception {
        SimPlayer player = player("1");
        assertThat(desk.buy(player, json("{\"amount\":0.003}"), PRESALE)).isEqualByComparingTo("0.003");
        desk.sidebet(player, json("{\"amount\":0.002,\"coinAddress\":\"" + SimPlayer.SOL_ADDRESS
                + "\",\"xPayout\":5}"), PRESALE, 0);
        assertThat(player.sidebet().startTick()).isZero();
        assertThat(player.sidebet().end()).isEqualTo(40);
        assertThat(code(() -> desk.sidebet(player, json("{\"amount\":0.002}"), ACTIVE, 0)))
                .isEqualTo("SIDEBET_ALREADY_OPEN");
        SimAccount.Fill fill = desk.sell(player, json("{\"percentage\":100}"), ACTIVE);
        assertThat(fill.amount()).isEqualByComparingTo("0.0045");
    }

    private interface Order {
        void run() throws OrderDesk.Refusal;
    }

    private static String code(Order order) {
        try {
            order.run();
            return "ACCEPTED";
        } catch (OrderDesk.Refusal refusal) {
            return refusal.code;
        }
    }
}
