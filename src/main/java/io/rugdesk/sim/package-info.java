/**
 * The embedded rugs.fun-compatible server (issue 3): Jetty 12 + engine.io-server/socket.io-server
 * ({@link io.rugdesk.sim.SimServer}), the real game cycle and message shapes of protocol.md §8, provably-fair
 * prices from {@code io.rugdesk.game.fair}, a simulated player whose trading rules and accounting are the server's
 * ({@code io.rugdesk.exchange}, independent of the client's on purpose), the wire side of orders with coded
 * refusals, faults for tests and capture replay.
 * All game state lives on one loop thread; Jetty threads only hand events over.
 */
package io.rugdesk.sim;
