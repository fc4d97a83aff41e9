package io.rugdesk.trading;

import java.util.Objects;

/** Whether one kind of order may be sent now, and why (a sentence a person understands, also when allowed). */
public record OrderPermission(boolean allowed, String reason) {

    public OrderPermission {
        Objects.requireNonNull(reason, "reason");
    }

    static OrderPermission allowed(String reason) {
        return new OrderPermission(true, reason);
    }

    static OrderPermission denied(String reason) {
        return new OrderPermission(false, reason);
    }
}
