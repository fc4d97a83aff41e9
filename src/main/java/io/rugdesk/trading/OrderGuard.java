package io.rugdesk.trading;

import io.rugdesk.game.PlayerAccount;
import java.util.Optional;

/**
 * A check in front of every order the {@link TradingController} would send (the risk limits): asked on the domain
 * thread after the controller's own checks passed, with the account the order would act on; a refusal is published
 * as {@link OrderRejected} with its text.
 */
@FunctionalInterface
public interface OrderGuard {

    OrderGuard NONE = (request, expected) -> Optional.empty();

    /** Empty when the order may be sent, else the sentence for the user. */
    Optional<String> refusal(TradeCommand request, PlayerAccount expected);
}
