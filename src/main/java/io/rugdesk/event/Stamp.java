package io.rugdesk.event;

/**
 * When and in which order something was received: the frame sequence number assigned at the edge (the feed
 * or a replay) and the wall-clock receive time in milliseconds since the epoch. Events derived from a frame
 * (a phase change, a game start) carry the stamp of the frame that caused them, so every fact can be traced
 * back to its wire frame.
 */
public record Stamp(long seq, long receivedAt) {

    /** A stamp for things that did not come from the wire (commands, tests). */
    public static Stamp local(long seq, long receivedAt) {
        return new Stamp(seq, receivedAt);
    }
}
