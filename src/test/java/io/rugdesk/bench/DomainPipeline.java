package io.rugdesk.bench;

import io.rugdesk.event.DaemonThreads;
import io.rugdesk.event.DomainThread;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.ManualTimer;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.game.GameLifecycle;
import io.rugdesk.game.fair.PriceModel;
import io.rugdesk.protocol.OrderAck;
import io.rugdesk.trading.AccountModel;
import io.rugdesk.trading.PlayerTracker;
import io.rugdesk.trading.TradingController;
import io.rugdesk.trading.TradingGate;
import io.rugdesk.trading.TradingSettings;
import io.rugdesk.verify.FairnessChecker;
import io.rugdesk.verify.FairnessMonitor;
import io.rugdesk.verify.StateVerifier;
import io.rugdesk.verify.Tolerances;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The domain half of a session without a socket: the real domain thread, a bus, and the lifecycle, account
 * model, player tracker, trading gate and controller (its gateway answers every order with a failed ack), state
 * verifier and fairness monitor subscribed as in the app. For the throughput rig (BenchClient).
 * Thread: built and closed on the caller's thread; everything else runs on the domain thread.
 */
final class DomainPipeline implements AutoCloseable {

    final ExecutorService domain;
    final AtomicLong failures = new AtomicLong();
    final EventBus bus;
    /** Never advanced: every order is answered at once, so no ACK timeout ever falls due. Domain thread only. */
    private final ManualTimer ackTimeouts = new ManualTimer();
    private final Subscriptions handles = new Subscriptions();

    DomainPipeline() {
        this(DomainThread.start());
    }

    /** The pipeline delivering on {@code domain} (a benchmark that plays the domain thread itself). */
    DomainPipeline(ExecutorService domain) {
        this(domain, null);
    }

    /**
     * @param first subscribed to every event before any part of the pipeline (a probe that sees when the domain
     *              thread takes an event up), or null
     */
    DomainPipeline(ExecutorService domain, java.util.function.Consumer<Object> first) {
        this.domain = domain;
        this.bus = new EventBus(domain, failure -> failures.incrementAndGet());
        if (first != null) {
            handles.add(bus.subscribe(Object.class, first));
        }
        AccountModel account = new AccountModel(bus);
        TradingGate gate = new TradingGate(bus, account, System::currentTimeMillis);
        handles.add(new GameLifecycle(bus).start());
        handles.add(account.start());
        handles.add(new PlayerTracker(bus).start());
        handles.add(gate.start());
        handles.add(new TradingController(bus, account, gate, (event, payload, onAck) ->
                onAck.accept(OrderAck.failed("NO_SERVER", "no server in this pipeline")), ackTimeouts,
                System::currentTimeMillis, TradingSettings.defaults()).start());
        handles.add(new StateVerifier(bus, account, Tolerances.defaults()).start());
        // checked off the domain thread as in the app (ClientSession); closed with the pipeline
        java.util.concurrent.ExecutorService checks = java.util.concurrent.Executors.newSingleThreadExecutor(
                DaemonThreads.named("bench-fairness"));
        handles.add(new FairnessMonitor(bus, new FairnessChecker(PriceModel.v3()), checks).start());
        handles.add((AutoCloseable) checks::shutdownNow);
    }

    @Override
    public void close() {
        handles.close();
        try {
            domain.shutdown();
            domain.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
