package io.rugdesk.trading;

import io.rugdesk.event.Event;

/** Commands to the trading side (from the UI or a bot), handled on the domain thread. */
public sealed interface TradeCommand extends Event
        permits RequestBuy, RequestSell, RequestSidebet, RequestAdoptServerState { }
