package io.rugdesk.trading;

import io.rugdesk.event.DomainTimer;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.game.PlayerAccount;
import io.rugdesk.game.Money;
import io.rugdesk.game.Phase;
import io.rugdesk.protocol.OrderAck;
import io.rugdesk.trading.PendingOrder.TickPrice;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@link RequestBuy}, {@link RequestSell} and {@link RequestSidebet} into orders: asks the
 * {@link TradingGate} whether this kind of order may be sent now, then checks the request itself (amount, the cash
 * it needs, the part of the position it sells) and refuses with {@link OrderRejected} before anything is sent; otherwise applies it optimistically in the {@link AccountModel},
 * sends it through the {@link OrderGateway} with an ACK timeout, and on the ACK confirms ({@link OrderConfirmed})
 * or rolls back ({@link OrderFailed}); a timeout rolls back too. Measures request → first matching
 * {@code playerUpdate} and request → ACK latencies ({@link LatencyMeasured}, {@link LatencySpikeDetected}).
 *
 * <p>A late ACK after a timeout is only logged: if the server did execute the order, the verifier reports the
 * drift and the user can adopt the server state.
 *
 * <p>The ACK is handled in wire order with the frames (docs/adr/0004): the gateway calls back on the socket's
 * thread right after the frames the server sent before the ACK, and the callback only publishes an
 * {@link AckReceived}; on the domain thread the controller turns it into {@link OrderAcknowledged}, one step, as
 * {@link PlayerTracker} turns a {@code playerUpdate} into a {@link ServerStateUpdated} and the game lifecycle a
 * {@code gameStateUpdate} into a tick. The bus delivers in publication order, so the ACK is handled after the
 * server state the server sent before it and before the ticks sent after it, however far the domain thread lags.
 * An ACK that came off the socket is never timed out while it waits for its turn.
 *
 * <p>Thread: domain thread. The ACK callback (on the socket's thread) only records that the ACK came and
 * publishes; the ACK timeout runs on the domain thread ({@link DomainTimer}) and publishes {@link OrderTimedOut}.
 * Every state change happens on the domain thread.
 */
public final class TradingController {

    private static final Logger LOG = LoggerFactory.getLogger(TradingController.class);

    /** The SOL mint address every sidebet request names (protocol.md §3). */
    public static final String SOL_COIN_ADDRESS = "So11111111111111111111111111111111111111112";

    private final EventBus bus;
    private final AccountModel account;
    private final TradingGate gate;
    private final OrderGateway gateway;
    private final DomainTimer timer;
    private final LongSupplier clockMillis;
    private final TradingSettings settings;
    private final Map<LatencyLeg, LatencyStats> latency = new EnumMap<>(LatencyLeg.class);
    private final Map<Long, DomainTimer.Handle> timeouts = new HashMap<>();
    /** Orders whose ACK came off the socket and waits on the bus: written on the socket's thread. */
    private final Set<Long> acksReceived = ConcurrentHashMap.newKeySet();
    private long nextOrderId = 1;
    private OrderGuard guard = OrderGuard.NONE;

    /**
     * @param clockMillis wall clock in epoch milliseconds, the same clock as {@link Stamp#receivedAt()}
     */
    public TradingController(EventBus bus, AccountModel account, TradingGate gate, OrderGateway gateway,
                             DomainTimer timer, LongSupplier clockMillis, TradingSettings settings) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.account = Objects.requireNonNull(account, "account");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
        this.settings = Objects.requireNonNull(settings, "settings");
        for (LatencyLeg leg : LatencyLeg.values()) {
            latency.put(leg, new LatencyStats(settings.latencyWindow()));
        }
    }

    /** Subscribes to the requests and the order life cycle; the handle unsubscribes. */
    public AutoCloseable start() {
        Subscriptions handles = new Subscriptions();
        handles.add(bus.subscribe(RequestBuy.class, this::onBuy));
        handles.add(bus.subscribe(RequestSell.class, this::onSell));
        handles.add(bus.subscribe(RequestSidebet.class, this::onSidebet));
        handles.add(bus.subscribe(AckReceived.class, received -> bus.publish(received.acknowledged())));
        handles.add(bus.subscribe(OrderAcknowledged.class, this::onAck));
        handles.add(bus.subscribe(OrderTimedOut.class, this::onTimeout));
        handles.add(bus.subscribe(OrderSeenInServerState.class, this::onSeen));
        return handles;
    }

    /** Every order that passes the controller's own checks is then asked of {@code orderGuard} (the risk limits). */
    public void guardWith(OrderGuard orderGuard) {
        this.guard = Objects.requireNonNull(orderGuard, "orderGuard");
    }

    /** Rolling statistics of one latency leg. */
    public LatencyStats.Snapshot latency(LatencyLeg leg) {
        return latency.get(leg).snapshot();
    }

    private void onBuy(RequestBuy request) {
        Optional<String> refusal = gate.refusal(OrderKind.BUY).or(() -> amountRefusal(request.amount()))
                .or(() -> cashRefusal(request.amount()));
        TickPrice at = executionPoint();
        if (refusal.isEmpty() && Money.quantityBought(request.amount(), at.price()).signum() == 0) {
            refusal = Optional.of("amount buys no tokens at price " + at.price().toPlainString());
        }
        send(request, refusal, OrderKind.BUY, request.amount(), 0, at,
                "{\"amount\":" + plain(request.amount()) + "}");
    }

    private void onSell(RequestSell request) {
        Optional<String> refusal = gate.refusal(OrderKind.SELL);
        if (refusal.isEmpty() && (request.percentage() < 1 || request.percentage() > 100)) {
            refusal = Optional.of("sell percentage must be 1 to 100, got " + request.percentage());
        }
        if (refusal.isEmpty() && expected().quantityToSell(request.percentage()).signum() == 0) {
            refusal = Optional.of("nothing to sell: " + request.percentage() + " % of the position is below 1e-9");
        }
        send(request, refusal, OrderKind.SELL, null, request.percentage(), executionPoint(),
                "{\"percentage\":" + request.percentage() + "}");
    }

    private void onSidebet(RequestSidebet request) {
        Optional<String> refusal = gate.refusal(OrderKind.SIDEBET).or(() -> amountRefusal(request.amount()))
                .or(() -> cashRefusal(request.amount()));
        send(request, refusal, OrderKind.SIDEBET, request.amount(), 0, executionPoint(),
                "{\"amount\":" + plain(request.amount()) + ",\"coinAddress\":\"" + SOL_COIN_ADDRESS
                        + "\",\"xPayout\":5}");
    }

    private Optional<String> cashRefusal(BigDecimal amount) {
        BigDecimal cash = expected().cash();
        return amount.compareTo(cash) <= 0 ? Optional.empty() : Optional.of("not enough cash: "
                + amount.toPlainString() + " SOL requested, " + cash.toPlainString() + " available");
    }

    private Optional<String> amountRefusal(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            return Optional.of("amount must be positive");
        }
        if (!Money.hasAtMostNineDecimals(amount)) {
            return Optional.of("amount has more than 9 decimals: " + amount.toPlainString());
        }
        if (amount.compareTo(settings.minOrder()) < 0) {
            return Optional.of("amount below the minimum of " + settings.minOrder().toPlainString() + " SOL");
        }
        if (amount.compareTo(settings.maxBet()) > 0) {
            return Optional.of("amount above the maximum bet of " + settings.maxBet().toPlainString() + " SOL");
        }
        return Optional.empty();
    }

    private PlayerAccount expected() {
        return account.expected().orElseThrow();
    }

    /** Presale buys execute at 1.0 at tick 0; otherwise at the latest tick. */
    private TickPrice executionPoint() {
        if (account.phase() == Phase.PRESALE) {
            return new TickPrice(0, BigDecimal.ONE);
        }
        return account.lastTick().orElse(new TickPrice(0, BigDecimal.ONE));
    }

    private void send(TradeCommand request, Optional<String> refusal, OrderKind kind, BigDecimal amount,
                      int percentage, TickPrice at, String payload) {
        if (refusal.isEmpty()) {
            refusal = guard.refusal(request, expected());
        }
        if (refusal.isPresent()) {
            bus.publish(new OrderRejected(request.stamp(), request, refusal.get()));
            return;
        }
        long orderId = nextOrderId++;
        long now = clockMillis.getAsLong();
        Stamp stamp = new Stamp(request.stamp().seq(), now);
        account.submit(stamp, orderId, kind, amount, percentage, now, gateway.executesAtTheServersTick(), at);
        bus.publish(new OrderSubmitted(stamp, orderId, kind, amount, percentage, at.price(), at.tick(), payload));
        timeouts.put(orderId, timer.after(Duration.ofMillis(settings.ackTimeoutMillis()),
                () -> bus.publish(new OrderTimedOut(new Stamp(stamp.seq(), clockMillis.getAsLong()), orderId))));
        try {
            gateway.emitWithAck(kind.wireEvent(), payload, ack -> {
                long receivedAt = clockMillis.getAsLong();
                acksReceived.add(orderId);
                bus.publish(new AckReceived(new OrderAcknowledged(new Stamp(stamp.seq(), receivedAt), orderId,
                        ack == null ? OrderAck.failed("EMPTY_ACK", "empty acknowledgement") : ack, receivedAt)));
            });
        } catch (RuntimeException sendFailure) {
            LOG.warn("order {} could not be sent", orderId, sendFailure);
            fail(stamp, orderId, "not sent: " + sendFailure.getMessage());
        }
    }

    private void onAck(OrderAcknowledged acknowledged) {
        long orderId = acknowledged.orderId();
        acksReceived.remove(orderId);
        Optional<PendingOrder> order = account.pending(orderId);
        if (order.isEmpty()) {
            LOG.warn("ACK for order {} that is no longer pending (timed out or state adopted): {}", orderId,
                    acknowledged.ack());
            return;
        }
        cancelTimeout(orderId);
        measure(acknowledged.stamp(), orderId, LatencyLeg.TO_ACK,
                acknowledged.receivedAtMillis() - order.get().submittedAtMillis());
        OrderAck ack = acknowledged.ack();
        if (ack.success()) {
            account.commit(acknowledged.stamp(), orderId, ack.sidebet()).ifPresent(done -> bus.publish(new OrderConfirmed(
                    acknowledged.stamp(), orderId, done.kind(), done.assumedExecution().price())));
        } else {
            fail(acknowledged.stamp(), orderId, "refused by the server: "
                    + Objects.requireNonNullElse(ack.error(), "no error code")
                    + (ack.message() == null ? "" : " (" + ack.message() + ")"));
        }
    }

    private void onTimeout(OrderTimedOut timedOut) {
        if (acksReceived.contains(timedOut.orderId())) {
            // the ACK came in time and waits behind the frames before it on a busy domain thread
            LOG.debug("order {}: ACK received, not yet handled; no timeout", timedOut.orderId());
            return;
        }
        if (account.pending(timedOut.orderId()).isPresent()) {
            fail(timedOut.stamp(), timedOut.orderId(),
                    "no acknowledgement within " + settings.ackTimeoutMillis() + " ms");
        }
    }

    private void onSeen(OrderSeenInServerState seen) {
        account.pending(seen.orderId()).ifPresent(order -> measure(seen.stamp(), seen.orderId(),
                LatencyLeg.TO_STATE_UPDATE, seen.receivedAtMillis() - order.submittedAtMillis()));
    }

    private void fail(Stamp stamp, long orderId, String reason) {
        cancelTimeout(orderId);
        account.rollback(stamp, orderId);
        bus.publish(new OrderFailed(stamp, orderId, reason));
    }

    private void cancelTimeout(long orderId) {
        DomainTimer.Handle timeout = timeouts.remove(orderId);
        if (timeout != null) {
            timeout.close();
        }
    }

    private void measure(Stamp stamp, long orderId, LatencyLeg leg, long millis) {
        LatencyStats stats = latency.get(leg);
        LatencyStats.Snapshot before = stats.snapshot();
        stats.add(millis);
        LatencyStats.Snapshot after = stats.snapshot();
        bus.publish(new LatencyMeasured(stamp, orderId, leg, millis, after));
        if (settings.spikeDetector().isSpike(millis, before)) {
            bus.publish(new LatencySpikeDetected(stamp, orderId, leg, millis, before.p50()));
        }
    }

    /**
     * An ACK as it came off the socket, published on the socket's thread in wire order with the frames; only the
     * controller listens, and republishes it as the domain fact on the domain thread (see the class comment).
     */
    private record AckReceived(OrderAcknowledged acknowledged) { }

    /** The payload is built before the refusal is looked at, so a refused null amount must print too. */
    private static String plain(BigDecimal amount) {
        return amount == null ? "null" : amount.stripTrailingZeros().toPlainString();
    }
}
