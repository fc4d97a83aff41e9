package io.rugdesk.exchange;

/** What the rug did to one account: its open sidebet settled (or null) and its position liquidated (or null). */
public record RugSettlement(SidebetSettled sidebet, Fill liquidation) {
}
