package io.rugdesk.trading;

import io.rugdesk.event.Stamp;
import java.util.Objects;

/**
 * Whether BUY, SELL and SIDEBET may be sent now, each with its reason. Published by {@link TradingGate} (the
 * one owner of the rule) once when it starts and whenever a verdict or a reason changes; listened to by the
 * window (its buttons) and by bots. The {@link TradingController} asks the gate directly, so an order never
 * runs on a verdict one event old.
 */
public record TradingPermissionChanged(Stamp stamp, OrderPermission buy, OrderPermission sell,
                                       OrderPermission sidebet) implements TradeEvent {

    public TradingPermissionChanged {
        Objects.requireNonNull(buy, "buy");
        Objects.requireNonNull(sell, "sell");
        Objects.requireNonNull(sidebet, "sidebet");
    }

    /** The verdict for one kind of order. */
    public OrderPermission of(OrderKind kind) {
        return switch (kind) {
            case BUY -> buy;
            case SELL -> sell;
            case SIDEBET -> sidebet;
        };
    }

    /** True when at least one kind of order may be sent. */
    public boolean anyAllowed() {
        return buy.allowed() || sell.allowed() || sidebet.allowed();
    }
}
