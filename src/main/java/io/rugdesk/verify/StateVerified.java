package io.rugdesk.verify;

import io.rugdesk.event.Stamp;
import java.util.List;

/**
 * After every server state: the verdict, every compared field, the orders in flight this update was matched
 * as including, and the running counts (verifications, drifts).
 */
public record StateVerified(Stamp stamp, VerificationStatus status, List<FieldComparison> fields,
                            List<Long> matchedOrderIds, long verifications, long drifts) implements VerificationEvent {
    public StateVerified {
        fields = List.copyOf(fields);
        matchedOrderIds = List.copyOf(matchedOrderIds);
    }
}
