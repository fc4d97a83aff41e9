package io.rugdesk.recording;

import java.util.Locale;

/** How a recording ended, as written in the footer's {@code outcome} field (lower case). */
public enum Outcome {
    /** The game rugged while recording. */
    RUGGED,
    /** The user (or shutdown) stopped the recording. */
    STOPPED,
    /** The process died before the footer; closed at the next start-up by {@link RecordingRecovery}. */
    INCOMPLETE,
    /** A new game id showed up while this game never rugged. */
    ABANDONED;

    /** The footer spelling. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the footer spelling; null for anything else. */
    public static Outcome fromWireName(String text) {
        for (Outcome outcome : values()) {
            if (outcome.wireName().equals(text)) {
                return outcome;
            }
        }
        return null;
    }
}
