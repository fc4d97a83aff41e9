package io.rugdesk.exchange;

/** What the exchange did with an order: a {@link Fill}, a placed {@link Sidebet}, or a {@link Refusal}. */
public sealed interface OrderOutcome permits Fill, Sidebet, Refusal {

    /** True unless the order was refused. */
    default boolean accepted() {
        return !(this instanceof Refusal);
    }
}
