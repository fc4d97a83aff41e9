package io.rugdesk.protocol;

/**
 * Thrown inside the codec when a payload cannot be decoded; {@link WireCodec} turns it into a
 * {@link FrameRejected} and never lets it escape. Carries no stack trace: it is a verdict, not a bug.
 */
final class RejectedPayload extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RejectedPayload(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
