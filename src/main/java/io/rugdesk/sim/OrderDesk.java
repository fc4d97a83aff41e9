package io.rugdesk.sim;

import io.rugdesk.exchange.Exchange;
import io.rugdesk.exchange.Fill;
import io.rugdesk.exchange.OrderOutcome;
import io.rugdesk.exchange.RefusalReason;
import io.rugdesk.exchange.Sidebet;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.json.JSONObject;

/**
 * The wire side of the simulated player's orders: reads the {@code buyOrder}/{@code sellOrder}/{@code requestSidebet}
 * payloads, hands the order to the {@link Exchange} (which owns the rules) and turns a refusal into the failure ACK
 * {@code {"success":false,"error":CODE,"message":text}} (our own choice: the real failure shape was never
 * captured, protocol.md §3.1). A payload that does not say what the order is (no object, a missing or non-numeric
 * field, a sidebet that is not 5× in SOL) is refused here, before any rule is checked. Thread: the simulator's loop
 * thread.
 */
final class OrderDesk {

    private static final BigDecimal SIDEBET_PAYOUT = BigDecimal.valueOf(5);

    /** Why an order was refused: an exchange refusal or a payload the desk could not read. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;

        Refusal(RefusalReason reason, String message) {
            super(message, null, false, false);
            this.code = reason.code();
        }

        Map<String, Object> ack() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("success", false);
            m.put("error", code);
            m.put("message", getMessage());
            return m;
        }
    }

    private final Exchange exchange;

    OrderDesk(Exchange exchange) {
        this.exchange = exchange;
    }

    static Map<String, Object> success() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("success", true);
        return m;
    }

    /** Buys at the exchange's current price. */
    Fill buy(SimPlayer player, Object payload) throws Refusal {
        return accepted(exchange.buy(player.account(), amount(payload)), Fill.class);
    }

    /** Sells a percentage of the position at the exchange's current price. */
    Fill sell(SimPlayer player, Object payload) throws Refusal {
        JSONObject object = object(payload);
        if (!object.has("percentage")) {
            throw new Refusal(RefusalReason.MALFORMED, "A sell order needs a percentage, e.g. {\"percentage\":25}.");
        }
        return accepted(exchange.sell(player.account(), number(object.get("percentage"), "percentage")), Fill.class);
    }

    /** Places a sidebet (5×, 40 ticks from the current tick); {@code now} is its timestamp. */
    Sidebet sidebet(SimPlayer player, Object payload, long now) throws Refusal {
        BigDecimal amount = amount(payload);
        JSONObject object = (JSONObject) payload;
        if (object.has("xPayout") && number(object.get("xPayout"), "xPayout").compareTo(SIDEBET_PAYOUT) != 0) {
            throw new Refusal(RefusalReason.MALFORMED, "Sidebets pay 5×; xPayout must be 5.");
        }
        if (object.has("coinAddress") && !SimPlayer.SOL_ADDRESS.equals(object.opt("coinAddress"))) {
            throw new Refusal(RefusalReason.MALFORMED,
                    "Sidebets are placed in SOL (coinAddress " + SimPlayer.SOL_ADDRESS + ").");
        }
        return accepted(exchange.sidebet(player.account(), amount, now), Sidebet.class);
    }

    private static <T extends OrderOutcome> T accepted(OrderOutcome outcome, Class<T> type) throws Refusal {
        if (outcome instanceof io.rugdesk.exchange.Refusal refused) {
            throw new Refusal(refused.reason(), refused.message());
        }
        return type.cast(outcome);
    }

    private static BigDecimal amount(Object payload) throws Refusal {
        JSONObject object = object(payload);
        if (!object.has("amount")) {
            throw new Refusal(RefusalReason.MALFORMED, "The order needs an amount in SOL, e.g. {\"amount\":0.01}.");
        }
        return number(object.get("amount"), "amount");
    }

    private static JSONObject object(Object payload) throws Refusal {
        if (payload instanceof JSONObject object) {
            return object;
        }
        throw new Refusal(RefusalReason.MALFORMED, "The order must be a JSON object, got "
                + (payload == null || payload == JSONObject.NULL ? "nothing" : payload.getClass().getSimpleName())
                + ".");
    }

    private static BigDecimal number(Object value, String key) throws Refusal {
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString());
            } catch (NumberFormatException notFinite) {
                throw new Refusal(RefusalReason.NOT_A_NUMBER, key + " must be a number, got " + number + ".");
            }
        }
        if (value instanceof String text) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException notNumeric) {
                throw new Refusal(RefusalReason.NOT_A_NUMBER, key + " must be a number, got \"" + text + "\".");
            }
        }
        throw new Refusal(RefusalReason.NOT_A_NUMBER, key + " must be a number, got " + value + ".");
    }
}
