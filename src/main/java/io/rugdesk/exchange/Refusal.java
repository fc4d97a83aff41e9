package io.rugdesk.exchange;

import java.util.Objects;

/** A refused order: the reason's code and a sentence naming the numbers involved. Nothing changed. */
public record Refusal(RefusalReason reason, String message) implements OrderOutcome {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    public String code() {
        return reason.code();
    }
}
