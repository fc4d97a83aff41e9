package io.rugdesk.app;

import io.rugdesk.backtest.BacktestSettings;
import io.rugdesk.backtest.ReportJson;
import io.rugdesk.risk.RiskLimits;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code bot --live} says before it starts: the server whose account it trades, the strategy and its
 * parameters, the risk limits in force and how many games it plays. Thread: the command's.
 */
final class LivePlan {

    private LivePlan() {
    }

    static void print(PrintWriter out, String server, BacktestSettings settings, int maxGames) {
        out.println("LIVE bot: trades the account on " + server + " (real orders, fills as the server confirms)");
        out.println("  strategy:    " + settings.strategy().name() + params(settings));
        out.println("  risk limits: " + limits(settings.limits()));
        out.println("  max games:   " + (maxGames > 0 ? String.valueOf(maxGames) : "no limit (until stopped)"));
        out.println("  stop:        Ctrl+C or SIGTERM sells the position, writes the report and exits");
        out.flush();
    }

    private static String params(BacktestSettings settings) {
        StringBuilder text = new StringBuilder();
        settings.strategy().parameters().asText().forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
        return text.toString();
    }

    /** The limits set, by their option names; "none" when there is none. */
    static String limits(RiskLimits limits) {
        List<String> set = new ArrayList<>();
        sol(set, "max-session-loss", limits.maxSessionLoss());
        sol(set, "max-daily-loss", limits.maxDailyLoss());
        sol(set, "max-position", limits.maxPosition());
        sol(set, "max-buy", limits.maxBuy());
        sol(set, "max-sidebet", limits.maxSidebet());
        sol(set, "keep-balance", limits.keepAtLeast());
        if (limits.stopAfterLosses() != null) {
            set.add("stop-after-losses " + limits.stopAfterLosses());
        }
        if (limits.minOrderInterval() != null) {
            set.add(String.format(Locale.ROOT, "min-order-interval %.3f s", limits.minOrderInterval().toMillis()
                    / 1000.0));
        }
        return set.isEmpty() ? "none" : String.join(", ", set);
    }

    private static void sol(List<String> set, String option, BigDecimal value) {
        if (value != null) {
            set.add(option + " " + ReportJson.money(value) + " SOL");
        }
    }

    /** Whether {@code url} names this machine (localhost, 127.0.0.0/8, ::1); a malformed URL is not. */
    static boolean loopback(String url) {
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null) {
                return false;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.equals("localhost") || host.matches("127(\\.\\d{1,3}){3}") || host.equals("[::1]")
                    || host.equals("::1");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
