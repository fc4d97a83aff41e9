/**
 * The client side of the connection: {@link io.rugdesk.feed.WebSocketFeed} (Socket.IO, reconnect with capped
 * backoff), {@link io.rugdesk.feed.FrameIngress} (every frame's one door onto the bus),
 * {@link io.rugdesk.feed.ConnectionHealthMonitor}. Whether orders may be sent is trading's rule
 * ({@code io.rugdesk.trading.TradingGate}); the feed only reports the connection's facts.
 *
 * <p>Wiring (app): every listener before {@code connect()} so it sees the first {@code Connecting}:
 * <pre>{@code
 * ExecutorService domain = DomainThread.start();
 * EventBus bus = new EventBus(domain);
 * WireCodec codec = new WireCodec();
 * FrameIngress ingress = new FrameIngress(codec, bus, System::currentTimeMillis);
 * ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemonThreadFactory);
 * new ConnectionHealthMonitor(bus, System::currentTimeMillis, ConnectionHealthMonitor.Thresholds.defaults())
 *         .start(DomainTimer.on(timer, domain));
 * WebSocketFeed feed = new WebSocketFeed(FeedOptions.of(url).withToken(token), ingress, bus, codec, domain, timer);
 * feed.connect();            // trading's OrderGateway is feed::emitWithAck
 * ...
 * feed.close(); timer.shutdownNow(); domain.shutdown();
 * }</pre>
 */
package io.rugdesk.feed;
