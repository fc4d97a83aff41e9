package io.rugdesk.backtest;

/** A source file that cannot be used; the message says why (the report lists it and the run goes on). */
final class UnreadableSourceException extends Exception {

    private static final long serialVersionUID = 1L;

    UnreadableSourceException(String message) {
        super(message);
    }
}
