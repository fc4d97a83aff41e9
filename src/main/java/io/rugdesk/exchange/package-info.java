/**
 * The server's trading rules without sockets (protocol.md §4.5–§4.7): an {@link io.rugdesk.exchange.Account}
 * with FIFO lots, cash and the per-game figures the server reports; an {@link io.rugdesk.exchange.Exchange} that
 * knows the market (game, phase, tick, price) and fills, refuses and settles orders against accounts. One core is
 * the server's truth in the simulator (over Socket.IO), paper trading and backtests. It never uses the client's
 * accounting ({@code game} except {@code game.fair}, {@code trading}, {@code verify}): the verifier must keep
 * comparing two independent implementations (design.md §2).
 *
 * <p>Deterministic: no threads, no clock (times are passed in), no I/O. Every class is used by one thread at a
 * time — the owner's (the simulator's loop thread, the paper runner's domain thread, one backtest worker).
 */
package io.rugdesk.exchange;
