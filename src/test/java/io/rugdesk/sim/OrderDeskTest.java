package io.rugdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rugdesk.exchange.Account;
import io.rugdesk.exchange.Exchange;
import io.rugdesk.exchange.Fill;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal code of the order desk, and the fills it makes (presale at 1.0 on tick 0). */
class OrderDeskTest {

    /** A desk over a fresh market in the given phase (the desk keeps no state of its own: the exchange does). */
    private static OrderDesk desk(Consumer<Exchange> phase) {
        Exchange exchange = new Exchange(BigDecimal.TEN);
        exchange.startGame("g");
        phase.accept(exchange);
        return new OrderDesk(exchange);
    }

    private static OrderDesk presale() {
        return desk(Exchange::openPresale);
    }

    private static OrderDesk active() {
        return desk(exchange -> exchange.tick(7, new BigDecimal("1.5")));
    }

    private static OrderDesk cooldown() {
        return desk(Exchange::close);
    }

    private static OrderDesk rugged() {
        return desk(exchange -> exchange.rug(9, new BigDecimal("0.01")));
    }

    private static SimPlayer player(String cash) {
        return new SimPlayer("did:privy:test", "t", 1, new Account(new BigDecimal(cash), 0));
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
        assertThatThrownBy(() -> active().buy(player("1"), json(payload)))
                .isInstanceOfSatisfying(OrderDesk.Refusal.class, r -> {
                    assertThat(r.code).isEqualTo(code);
                    assertThat(r.ack()).containsEntry("success", false).containsEntry("error", code);
                    assertThat((String) r.ack().get("message")).hasSizeGreaterThan(15);
                });
    }

    @Test
    void payloadThatIsNoObjectIsMalformedAndPhasesAreEnforced() {
        assertThat(code(() -> active().buy(player("1"), "0.01"))).isEqualTo("MALFORMED");
        assertThat(code(() -> cooldown().buy(player("1"), json("{\"amount\":0.01}")))).isEqualTo("WRONG_PHASE");
        assertThat(code(() -> rugged().buy(player("1"), json("{\"amount\":0.01}")))).isEqualTo("WRONG_PHASE");
        assertThat(code(() -> presale().sell(player("1"), json("{\"percentage\":50}")))).isEqualTo("WRONG_PHASE");
        assertThat(code(() -> active().sell(player("1"), json("{\"percentage\":50}")))).isEqualTo("NOTHING_TO_SELL");
        assertThat(code(() -> active().sell(player("1"), json("{\"percentage\":0}")))).isEqualTo("INVALID_PERCENTAGE");
        assertThat(code(() -> active().sell(player("1"), json("{\"percentage\":101}")))).isEqualTo("INVALID_PERCENTAGE");
        assertThat(code(() -> active().sell(player("1"), json("{}")))).isEqualTo("MALFORMED");
        assertThat(code(() -> active().sidebet(player("1"), json("{\"amount\":0.01,\"xPayout\":3}"), 0)))
                .isEqualTo("MALFORMED");
    }

    @Test
    void presaleBuysFillAtOneAndOnlyOneSidebetMayBeOpen() throws Exception {
        SimPlayer player = player("1");
        assertThat(presale().buy(player, json("{\"amount\":0.003}")).qty()).isEqualByComparingTo("0.003");
        presale().sidebet(player, json("{\"amount\":0.002,\"coinAddress\":\"" + SimPlayer.SOL_ADDRESS
                + "\",\"xPayout\":5}"), 0);
        assertThat(player.sidebet().startTick()).isZero();
        assertThat(player.sidebet().endTick()).isEqualTo(40);
        assertThat(code(() -> active().sidebet(player, json("{\"amount\":0.002}"), 0)))
                .isEqualTo("SIDEBET_ALREADY_OPEN");
        Fill fill = active().sell(player, json("{\"percentage\":100}"));
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
