package io.rugdesk.trading;

import io.rugdesk.event.Event;

/** Facts about the logged-in player and the server's view of the account. */
public sealed interface AccountEvent extends Event
        permits PlayerIdentified, ServerStateUpdated, PersonalLeaderboardUpdated,
                LocalAccountChanged, ConfirmedOrderNotApplied { }
