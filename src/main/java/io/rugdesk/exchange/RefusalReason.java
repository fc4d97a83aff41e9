package io.rugdesk.exchange;

/**
 * Why the exchange refused an order. The codes are the ones the simulator sends in a failed ACK
 * ({@code {"success":false,"error":CODE,"message":text}}, protocol.md §3.1) and the keys of a report's
 * {@code refusedByReason}; {@link #meaning()} is a sentence for people.
 */
public enum RefusalReason {
    AMOUNT_TOO_SMALL("the amount is below the 0.001 SOL minimum"),
    AMOUNT_TOO_LARGE("the amount is above the largest bet"),
    TOO_MANY_DECIMALS("amounts have at most 9 decimals"),
    INVALID_PERCENTAGE("the percentage to sell must be above 0 and at most 100"),
    WRONG_PHASE("the game is not in a phase that allows this order"),
    NOTHING_TO_SELL("no tokens are held in this game"),
    SIDEBET_ALREADY_OPEN("a sidebet is already open"),
    INSUFFICIENT_CASH("the order needs more cash than the account has"),
    /** Wire level (simulator): the payload is not the object an order needs. */
    MALFORMED("the order is not well formed"),
    /** Wire level (simulator): a number field holds something else. */
    NOT_A_NUMBER("a number field holds something else"),
    /** Wire level (simulator): orders need a login. */
    NOT_AUTHENTICATED("orders need a login");

    private final String meaning;

    RefusalReason(String meaning) {
        this.meaning = meaning;
    }

    /** The code on the wire and in reports (the constant's name). */
    public String code() {
        return name();
    }

    public String meaning() {
        return meaning;
    }
}
