package io.rugdesk.app;

import io.rugdesk.risk.RiskLimits;
import java.math.BigDecimal;
import picocli.CommandLine.Option;

/**
 * The risk-limit options {@code backtest} and {@code bot} share: the session's loss, the position and the losing
 * streak. A picocli mixin; {@code bot} adds the per-order limits of the live guard itself.
 *
 * <p>Thread: the command's main thread.
 */
final class RiskLimitOptions {

    @Option(names = "--max-session-loss", paramLabel = "SOL",
            description = "no new buy or sidebet once the session's realised P&L is <= -SOL")
    BigDecimal maxSessionLoss;

    @Option(names = "--max-position", paramLabel = "SOL", description = "no buy beyond SOL held at cost")
    BigDecimal maxPosition;

    @Option(names = "--stop-after-losses", paramLabel = "N", description = "stop after N losing games in a row")
    Integer stopAfterLosses;

    /** These three limits, none beyond them; a bad value is named by its option. */
    RiskLimits limits() {
        return new RiskLimits(maxSessionLoss, maxPosition, stopAfterLosses);
    }
}
