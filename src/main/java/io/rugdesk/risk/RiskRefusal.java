package io.rugdesk.risk;

/** An order a limit refused, with a sentence for the user (e.g. for a toast or the event log). */
public record RiskRefusal(RiskReason reason, String message) {
}
