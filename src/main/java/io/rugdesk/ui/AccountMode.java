package io.rugdesk.ui;

/**
 * Which account the window's money figures are: the real one, the paper account (every money label says PAPER),
 * or the real one with a strategy trading it (the title says LIVE BOT).
 */
public enum AccountMode {
    REAL(""),
    PAPER("PAPER"),
    LIVE_BOT("LIVE BOT");

    private final String badge;

    AccountMode(String badge) {
        this.badge = badge;
    }

    /** The word the window shows beside money ("" for the real account). */
    public String badge() {
        return badge;
    }
}
