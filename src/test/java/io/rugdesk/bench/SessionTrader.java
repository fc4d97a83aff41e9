package io.rugdesk.bench;

import io.rugdesk.app.ClientSession;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.game.Phase;
import io.rugdesk.game.TickObserved;
import io.rugdesk.trading.OrderConfirmed;
import io.rugdesk.trading.OrderFailed;
import io.rugdesk.trading.OrderRejected;
import io.rugdesk.trading.OrderTimedOut;
import io.rugdesk.trading.RequestBuy;
import io.rugdesk.trading.TradingPermissionChanged;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Proves a session still trades: asks for one small buy at the next tradable tick while trading is allowed,
 * asks again after a refusal or a failure, and waits for the server's confirmation. Thread: the subscribers
 * run on the domain thread; {@link #buyAndAwait} on the caller's.
 */
final class SessionTrader implements AutoCloseable {

    private final ClientSession session;
    private final AtomicBoolean allowed = new AtomicBoolean();
    /** True while a buy is wanted and none is in flight: one order at a time. */
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean awaiting = new AtomicBoolean();
    private final AtomicInteger confirmed = new AtomicInteger();
    private final AtomicReference<String> lastRefusal = new AtomicReference<>("none");
    private final Subscriptions subscriptions = new Subscriptions();

    SessionTrader(ClientSession session) {
        this.session = session;
        subscriptions.add(session.bus().subscribe(TradingPermissionChanged.class,
                changed -> allowed.set(changed.buy().allowed())));
        subscriptions.add(session.bus().subscribe(TickObserved.class, this::onTick));
        subscriptions.add(session.bus().subscribe(OrderRejected.class, rejected -> retry(rejected.reason())));
        subscriptions.add(session.bus().subscribe(OrderFailed.class, failed -> retry(failed.reason())));
        subscriptions.add(session.bus().subscribe(OrderTimedOut.class, timedOut -> retry("timed out")));
        subscriptions.add(session.bus().subscribe(OrderConfirmed.class, ok -> {
            confirmed.incrementAndGet();
            awaiting.set(false);
        }));
    }

    private void retry(String reason) {
        lastRefusal.set(reason);
        if (awaiting.get()) {
            wanted.set(true);
        }
    }

    private void onTick(TickObserved tick) {
        boolean tradable = tick.phase() == Phase.PRESALE || tick.phase() == Phase.ACTIVE;
        if (tradable && allowed.get() && wanted.compareAndSet(true, false)) {
            session.bus().publish(new RequestBuy(Stamp.local(0, System.currentTimeMillis()), new BigDecimal("0.001")));
        }
    }

    /** True when a buy was confirmed by the server within {@code seconds}. */
    boolean buyAndAwait(int seconds) throws InterruptedException {
        int before = confirmed.get();
        awaiting.set(true);
        wanted.set(true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (confirmed.get() == before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        awaiting.set(false);
        wanted.set(false);
        return confirmed.get() > before;
    }

    String lastRefusal() {
        return lastRefusal.get();
    }

    @Override
    public void close() {
        subscriptions.close();
    }
}
