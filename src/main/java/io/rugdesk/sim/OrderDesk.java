package io.rugdesk.sim;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.json.JSONObject;

/**
 * Checks and executes the demo player's orders against the simulator's accounting. Every refusal has a code
 * and a sentence a person understands ({@code {"success":false,"error":CODE,"message":text}}, our own choice:
 * the real failure shape was never captured, protocol.md §3.1). Thread: the simulator's loop thread.
 */
final class OrderDesk {

    static final BigDecimal MIN_AMOUNT = new BigDecimal("0.001");
    static final int SIDEBET_TICKS = 40;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What the market allows right now. */
    record Market(String gameId, boolean presale, boolean active, boolean rugged, int tick, double price) {
        /** No game running (capture replay): every order is refused as out of phase. */
        static Market closed() {
            return new Market("", false, false, false, 0, 1.0);
        }

        boolean tradingOpen() {
            return presale || (active && !rugged);
        }

        /** Execution price and tick: presale buys fill at 1.0 on tick 0. */
        double fillPrice() {
            return presale ? 1.0 : price;
        }

        int fillTick() {
            return presale ? 0 : tick;
        }
    }

    /** Why an order was refused. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;

        Refusal(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        Map<String, Object> ack() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("success", false);
            m.put("error", code);
            m.put("message", getMessage());
            return m;
        }
    }

    private final BigDecimal maxBet;

    OrderDesk(BigDecimal maxBet) {
        this.maxBet = maxBet;
    }

    static Map<String, Object> success() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("success", true);
        return m;
    }

    /** Buys; returns the quantity bought. */
    BigDecimal buy(SimPlayer player, Object payload, Market market) throws Refusal {
        BigDecimal amount = amount(payload, "amount");
        if (!market.tradingOpen()) {
            throw new Refusal("WRONG_PHASE", "Buying is only possible during the presale or while the game runs.");
        }
        requireCash(player, amount);
        return player.account().buy(amount, new BigDecimal(Double.toString(market.fillPrice())));
    }

    SimAccount.Fill sell(SimPlayer player, Object payload, Market market) throws Refusal {
        JSONObject object = object(payload);
        if (!object.has("percentage")) {
            throw new Refusal("MALFORMED", "A sell order needs a percentage, e.g. {\"percentage\":25}.");
        }
        BigDecimal percentage = number(object.get("percentage"), "percentage");
        if (percentage.signum() <= 0 || percentage.compareTo(HUNDRED) > 0) {
            throw new Refusal("INVALID_PERCENTAGE", "The percentage to sell must be above 0 and at most 100, not "
                    + percentage.toPlainString() + ".");
        }
        if (!market.active() || market.rugged()) {
            throw new Refusal("WRONG_PHASE", "Selling is only possible while the game runs.");
        }
        if (player.account().positionQty().signum() == 0) {
            throw new Refusal("NOTHING_TO_SELL", "You hold no tokens in this game, so there is nothing to sell.");
        }
        return player.account().sell(percentage, new BigDecimal(Double.toString(market.price())));
    }

    /** Places a sidebet (5×, 40 ticks from the current tick). */
    void sidebet(SimPlayer player, Object payload, Market market, long now) throws Refusal {
        BigDecimal amount = amount(payload, "amount");
        JSONObject object = (JSONObject) payload;
        if (object.has("xPayout") && number(object.get("xPayout"), "xPayout").compareTo(BigDecimal.valueOf(5)) != 0) {
            throw new Refusal("MALFORMED", "Sidebets pay 5×; xPayout must be 5.");
        }
        if (object.has("coinAddress") && !SimPlayer.SOL_ADDRESS.equals(object.opt("coinAddress"))) {
            throw new Refusal("MALFORMED", "Sidebets are placed in SOL (coinAddress " + SimPlayer.SOL_ADDRESS + ").");
        }
        if (!market.tradingOpen()) {
            throw new Refusal("WRONG_PHASE", "Sidebets can only be placed during the presale or while the game runs.");
        }
        if (player.sidebet() != null) {
            throw new Refusal("SIDEBET_ALREADY_OPEN", "You already have an open sidebet; wait until it is settled.");
        }
        requireCash(player, amount);
        int start = market.fillTick();
        player.openSidebet(new SimPlayer.Sidebet(market.gameId(), start, start + SIDEBET_TICKS, amount,
                market.fillPrice(), now));
    }

    private void requireCash(SimPlayer player, BigDecimal amount) throws Refusal {
        if (player.account().cash().compareTo(amount) < 0) {
            throw new Refusal("INSUFFICIENT_CASH", "Not enough cash: you have " + player.account().cash()
                    .stripTrailingZeros().toPlainString() + " SOL but the order needs " + amount.toPlainString()
                    + " SOL.");
        }
    }

    private BigDecimal amount(Object payload, String key) throws Refusal {
        JSONObject object = object(payload);
        if (!object.has(key)) {
            throw new Refusal("MALFORMED", "The order needs an amount in SOL, e.g. {\"amount\":0.01}.");
        }
        BigDecimal amount = number(object.get(key), key);
        if (amount.stripTrailingZeros().scale() > SimAccount.SCALE) {
            throw new Refusal("TOO_MANY_DECIMALS", "Amounts have at most 9 decimals; "
                    + amount.toPlainString() + " has more.");
        }
        if (amount.compareTo(MIN_AMOUNT) < 0) {
            throw new Refusal("AMOUNT_TOO_SMALL", "The smallest amount is 0.001 SOL, not "
                    + amount.toPlainString() + ".");
        }
        if (amount.compareTo(maxBet) > 0) {
            throw new Refusal("AMOUNT_TOO_LARGE", "The largest amount is " + maxBet.toPlainString() + " SOL, not "
                    + amount.toPlainString() + ".");
        }
        return amount;
    }

    private static JSONObject object(Object payload) throws Refusal {
        if (payload instanceof JSONObject object) {
            return object;
        }
        throw new Refusal("MALFORMED", "The order must be a JSON object, got "
                + (payload == null || payload == JSONObject.NULL ? "nothing" : payload.getClass().getSimpleName())
                + ".");
    }

    private static BigDecimal number(Object value, String key) throws Refusal {
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString());
            } catch (NumberFormatException notFinite) {
                throw new Refusal("NOT_A_NUMBER", key + " must be a number, got " + number + ".");
            }
        }
        if (value instanceof String text) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException notNumeric) {
                throw new Refusal("NOT_A_NUMBER", key + " must be a number, got \"" + text + "\".");
            }
        }
        throw new Refusal("NOT_A_NUMBER", key + " must be a number, got " + value + ".");
    }
}
