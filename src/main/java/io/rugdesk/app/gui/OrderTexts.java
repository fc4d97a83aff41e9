package io.rugdesk.app.gui;

import io.rugdesk.trading.OrderSubmitted;

/** How an order is named in the event log and in notices ("buy of 0.5 SOL", "sell of 25 %"). Thread: any. */
final class OrderTexts {

    private OrderTexts() {
    }

    static String describe(OrderSubmitted order) {
        return switch (order.kind()) {
            case BUY -> "buy of " + order.amount().toPlainString() + " SOL";
            case SELL -> "sell of " + order.percentage() + " %";
            case SIDEBET -> "sidebet of " + order.amount().toPlainString() + " SOL";
        };
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
