package io.rugdesk.trading;

import io.rugdesk.game.PlayerAccount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An order sent and not yet acknowledged. The server executes it at the tick current when it processes it, so
 * every tick seen while it is in flight is a possible execution point ({@code candidates}, oldest first, the
 * request's tick first); {@code executedAt} is set once a {@code playerUpdate} showed which one it was.
 */
public record PendingOrder(long orderId, OrderKind kind, BigDecimal amount, int percentage, long submittedAtMillis,
                           boolean atTheServersTick, List<TickPrice> candidates, TickPrice executedAt) {

    /** A tick and its price. */
    public record TickPrice(int tick, BigDecimal price) { }

    public PendingOrder {
        Objects.requireNonNull(kind, "kind");
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("an order needs the tick it was requested at");
        }
    }

    /** Where the local model assumes it executed: the seen execution point, else the request's tick. */
    public TickPrice assumedExecution() {
        return executedAt != null ? executedAt : candidates.get(0);
    }

    /**
     * A tick seen while the order is in flight. One the socket had received before the order was sent
     * ({@code receivedBeforeSent}) replaces the candidates so far: the server executes at its current tick, never at
     * one older than a tick already on the wire, and a domain thread running late sees such ticks after sending.
     * No cap on the count otherwise: under load or against a fast simulator a hundred ticks can pass before the
     * server state shows the order, and a missing tick is a false drift; the ACK timeout ends an order in flight.
     * An order not executed at the server's tick (a paper exchange on the domain thread, {@code atTheServersTick}
     * false) keeps its candidates: it executes at the tick handled before it, whatever the socket had received.
     */
    PendingOrder withCandidate(TickPrice tickPrice, boolean receivedBeforeSent) {
        if (executedAt != null) {
            return this;
        }
        List<TickPrice> more = receivedBeforeSent && atTheServersTick ? new ArrayList<>(1)
                : new ArrayList<>(candidates);
        more.add(tickPrice);
        return new PendingOrder(orderId, kind, amount, percentage, submittedAtMillis, atTheServersTick, more, null);
    }

    PendingOrder executedAt(TickPrice tickPrice) {
        return new PendingOrder(orderId, kind, amount, percentage, submittedAtMillis, atTheServersTick, candidates,
                tickPrice);
    }

    /**
     * {@code state} with this order applied at {@code at}, or why the account's rules refuse it there (not enough
     * cash, nothing to sell, a sidebet already open). The caller decides what a refusal means: for a candidate
     * execution point it only rules that point out; for an order the server confirmed it is a drift.
     */
    Application applyTo(PlayerAccount state, TickPrice at) {
        try {
            return new Application(switch (kind) {
                case BUY -> state.buy(amount, at.price());
                case SELL -> state.sell(percentage, at.price());
                case SIDEBET -> state.placeSidebet(amount, at.tick());
            }, null);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            return new Application(state, refused.getMessage());
        }
    }

    /** The account after an order, or the unchanged account and the reason the order could not apply. */
    record Application(PlayerAccount state, String refusal) {
        boolean applied() {
            return refusal == null;
        }
    }
}
