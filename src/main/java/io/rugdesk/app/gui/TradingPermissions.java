package io.rugdesk.app.gui;

import io.rugdesk.ui.UiSnapshot.GamePhase;
import io.rugdesk.ui.UiSnapshot.Permission;
import io.rugdesk.ui.UiSnapshot.Permissions;

/**
 * Whether BUY, SELL and SIDEBET can run now, each with a reason a person understands. The feed's verdict
 * ({@code TradingPermissionChanged}: connection, health, phase) comes first, then the rules of each action
 * (protocol.md §4): buys in PRESALE (at 1.0) and ACTIVE; sells only in ACTIVE with a position; one sidebet at a time
 * in PRESALE or ACTIVE. The trading controller checks the same again; this only keeps the buttons honest.
 * Thread: none (a pure function).
 */
final class TradingPermissions {

    private TradingPermissions() {
    }

    /**
     * @param connected       whether the feed is connected now
     * @param feedAllowed     the last TradingPermissionChanged verdict
     * @param feedReason      its reason (shown when refused)
     * @param accountKnown    whether the local account has its baseline from the server
     * @param hasPosition     tokens held (pending orders included)
     * @param openSidebetEnd  the open sidebet's last tick, or null when none is open
     */
    static Permissions decide(boolean connected, boolean loggedIn, boolean replaying, boolean feedAllowed,
                              String feedReason, GamePhase phase, boolean accountKnown, boolean hasPosition,
                              Integer openSidebetEnd) {
        if (replaying) {
            return Permissions.allDenied("Replaying a recording: close the replay to trade");
        }
        // while connected, a missing login is the reason that needs the user; before that, the connection is
        if (connected && !loggedIn) {
            return Permissions.allDenied("Not logged in: start with --token-file or RUGDESK_TOKEN to trade");
        }
        if (!feedAllowed) {
            return Permissions.allDenied(feedReason == null || feedReason.isBlank() ? "Trading is not possible now"
                    : feedReason);
        }
        if (!accountKnown) {
            return Permissions.allDenied("Waiting for the server's account state");
        }
        Permission buy = switch (phase) {
            case PRESALE, ACTIVE -> Permission.allowed();
            default -> Permission.denied(closedReason(phase));
        };
        Permission sell = switch (phase) {
            case ACTIVE -> hasPosition ? Permission.allowed() : Permission.denied("No position to sell");
            case PRESALE -> Permission.denied("Presale: only buys at 1.0; selling opens when the game starts");
            default -> Permission.denied(closedReason(phase));
        };
        Permission sidebet = switch (phase) {
            case PRESALE, ACTIVE -> openSidebetEnd == null ? Permission.allowed()
                    : Permission.denied("A sidebet is already open (until tick " + openSidebetEnd + ")");
            default -> Permission.denied(closedReason(phase));
        };
        return new Permissions(buy, sell, sidebet);
    }

    private static String closedReason(GamePhase phase) {
        return switch (phase) {
            case COOLDOWN -> "Cooldown: trading opens at the presale of the next game";
            case RUGGED -> "The game rugged: trading reopens at the next presale";
            default -> "Waiting for the first game message";
        };
    }
}
