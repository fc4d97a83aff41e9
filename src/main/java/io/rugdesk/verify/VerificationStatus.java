package io.rugdesk.verify;

/** How the local account compares with the server's latest figures. */
public enum VerificationStatus {
    /** Every compared field is equal. */
    IN_SYNC,
    /** Some fields differ, all within their tolerance (dust). */
    WITHIN_TOLERANCE,
    /** At least one field differs by more than its tolerance. */
    DRIFT,
    /** Nothing to compare: not logged in, or no server state yet. */
    UNVERIFIED
}
