package io.rugdesk.app.gui;

import io.rugdesk.protocol.GameCounts;
import io.rugdesk.protocol.GameHistoryEntry;
import io.rugdesk.protocol.GameStateUpdate;
import io.rugdesk.protocol.LeaderboardEntry;
import io.rugdesk.protocol.NewSideBet;
import io.rugdesk.protocol.NewTrade;
import io.rugdesk.protocol.SidebetPlacement;
import io.rugdesk.ui.AppendOnlyList;
import io.rugdesk.ui.GameBoard;
import io.rugdesk.ui.GameBoard.CrowdAction;
import io.rugdesk.ui.GameBoard.CrowdTrade;
import io.rugdesk.ui.GameBoard.Last100;
import io.rugdesk.ui.GameBoard.Leader;
import io.rugdesk.ui.GameBoard.PastGame;
import io.rugdesk.verify.FairnessChecked;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The game board from the public feed: other players' trades of the current game ({@code standard/newTrade},
 * {@code newSideBet}; the player's own are left out, the chart draws them apart), the leaderboard of the latest
 * {@code gameStateUpdate}, the last games of its {@code gameHistory} and its last-100 counts. Lists are rebuilt only
 * when their content changed, so an unchanged board is the same value in every snapshot.
 * Thread: the domain thread only.
 */
final class BoardView {

    private final AppendOnlyList<CrowdTrade> crowd = new AppendOnlyList<>(GameBoard.MAX_CROWD_TRADES);
    private String crowdGame = "";
    private List<Leader> leaders = List.of();
    private List<PastGame> history = List.of();
    private Last100 last100 = Last100.unknown();
    private final PastGameChecks checks = new PastGameChecks();
    private List<GameHistoryEntry> lastHistory = List.of();
    private GameBoard copy;

    /** A game state: its leaderboard (ranked by the server), history and counts where present. */
    void update(GameStateUpdate update, String playerId) {
        newGame(update.gameId());
        List<Leader> ranked = update.leaderboard().stream()
                .sorted(Comparator.comparingInt(LeaderboardEntry::position))
                .limit(GameBoard.MAX_LEADERS)
                .map(e -> new Leader(e.position(), name(e.username(), e.id()), e.pnl(), e.pnlPercent(),
                        e.id() != null && e.id().equals(playerId)))
                .toList();
        if (!ranked.equals(leaders)) {
            leaders = ranked;
            copy = null;
        }
        if (!update.gameHistory().isEmpty()) {
            showHistory(update.gameHistory());
        }
        GameCounts counts = update.counts();
        if (counts != null) {
            Last100 now = new Last100(counts.count2x(), counts.count10x(), counts.count50x());
            if (!now.equals(last100)) {
                last100 = now;
                copy = null;
            }
        }
    }

    /** The live fairness verdict of a game this client watched joins its strip entry's check. */
    void fairnessChecked(FairnessChecked verdict) {
        if (checks.liveVerdict(verdict)) {
            showHistory(lastHistory);
        }
    }

    private void showHistory(List<GameHistoryEntry> entries) {
        lastHistory = entries;
        List<PastGame> past = new ArrayList<>();
        for (GameHistoryEntry entry : entries) {
            past.add(new PastGame(entry.id(), entry.peakMultiplier(),
                    entry.prices().isEmpty() ? -1 : entry.prices().size() - 1, checks.resultOf(entry)));
        }
        if (!past.equals(history)) {
            history = List.copyOf(past);
            copy = null;
        }
    }

    void trade(NewTrade trade, String playerId) {
        CrowdAction action = switch (trade.type()) {
            case "buy" -> CrowdAction.BUY;
            case "sell" -> CrowdAction.SELL;
            default -> null; // shorts are not drawn: the window has no short side
        };
        if (action == null || trade.price() == null || Objects.equals(trade.playerId(), playerId)) {
            return;
        }
        add(trade.gameId(), new CrowdTrade(trade.tickIndex(), trade.price(), name(trade.username(),
                trade.playerId()), action, trade.amount()));
    }

    void sidebet(NewSideBet placed, String playerId) {
        SidebetPlacement bet = placed.sidebet();
        if (bet == null || bet.price() == null || bet.betAmount() == null
                || Objects.equals(bet.playerId(), playerId)) {
            return;
        }
        add(bet.gameId(), new CrowdTrade(bet.startTick(), bet.price(), name(bet.username(), bet.playerId()),
                CrowdAction.SIDEBET, bet.betAmount()));
    }

    private void add(String gameId, CrowdTrade trade) {
        newGame(gameId);
        crowd.add(trade);
        copy = null;
    }

    /** Trades belong to one game: a new id starts the list over (the leaderboard comes whole each time). */
    private void newGame(String gameId) {
        if (gameId != null && !gameId.equals(crowdGame)) {
            crowdGame = gameId;
            crowd.clear();
            copy = null;
        }
    }

    GameBoard snapshot() {
        if (copy == null) {
            copy = new GameBoard(crowd.snapshot(), leaders, history, last100, SidebetPrice.ODDS);
        }
        return copy;
    }

    /** The username, else the start of the id ("did:privy:cm…"), else "?". */
    static String name(String username, String id) {
        if (username != null && !username.isBlank()) {
            return username;
        }
        if (id == null || id.isBlank()) {
            return "?";
        }
        return id.length() <= 16 ? id : id.substring(0, 15) + "…";
    }
}
