package io.rugdesk.app;

import io.rugdesk.app.report.HtmlReport;
import io.rugdesk.backtest.Backtest;
import io.rugdesk.backtest.BacktestReport;
import io.rugdesk.backtest.BacktestSettings;
import io.rugdesk.backtest.GeneratedGames;
import io.rugdesk.backtest.GameSources;
import io.rugdesk.backtest.ReportCsv;
import io.rugdesk.backtest.ReportJson;
import io.rugdesk.backtest.ReportTable;
import io.rugdesk.risk.RiskLimits;
import io.rugdesk.strategy.StrategyCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code backtest --strategy NAME [--param k=v]… [SOURCE…] [--generate N --seed S] …}: runs a strategy over
 * recordings, captures, revealed games and generated games (issue 12) and prints a summary table; writes the
 * JSON, CSV and HTML reports on request. Bad input (unknown strategy or parameter, a malformed value) is named
 * and exits 2 before any game runs; an unusable source is skipped and listed. Exit 0, or 1 when no game ran.
 *
 * <p>Thread: the main thread; games may run on a pool of {@code --threads} workers (results do not depend on it).
 */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a strategy over recorded, captured, revealed or generated games and report the result.")
public final class BacktestCommand implements Callable<Integer> {

    static final int EXIT_NO_GAMES = 1;
    static final int EXIT_BAD_INPUT = 2;

    @Mixin
    StrategyOptions strategy;

    @Parameters(paramLabel = "SOURCE", arity = "0..*",
            description = "recording files or folders, capture files, revealed-games JSONL; run in this order")
    List<Path> sources = new ArrayList<>();

    @Option(names = "--generate", paramLabel = "N", description = "also run N games of the v3 price model")
    Long generate;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the generated games and of the strategy's"
            + " Random (default 0)")
    Long seed;

    @Option(names = "--balance", paramLabel = "SOL", defaultValue = "10", description = "start balance (default 10)")
    BigDecimal balance;

    @Option(names = "--latency-ticks", paramLabel = "N", defaultValue = "0",
            description = "fill an intent decided on tick k at tick k+N's price (default 0)")
    int latencyTicks;

    @Mixin
    RiskLimitOptions riskLimits;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: every core)")
    Integer threads;

    @Option(names = "--json", paramLabel = "FILE", description = "write the JSON report")
    Path json;

    @Option(names = "--csv", paramLabel = "FILE", description = "write one CSV row per fill")
    Path csv;

    @Option(names = "--html", paramLabel = "FILE", description = "write one self-contained HTML page with charts")
    Path html;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BacktestSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            err.println("backtest: " + e.getMessage());
            err.flush();
            return EXIT_BAD_INPUT;
        }
        GameSources.Loaded loaded = GameSources.read(sources);
        GeneratedGames generated = generate == null ? null
                : new GeneratedGames(generate, seed);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Backtest.workers(workers, settings);
        BacktestReport report;
        // the JSON and CSV are written game by game while the run goes, and the report keeps only the games the
        // HTML table shows: memory stays the same for 10,000 or 10,000,000 games
        try (Writer jsonOut = json == null ? null : Files.newBufferedWriter(json, StandardCharsets.UTF_8);
             Writer csvOut = csv == null ? null : Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            ReportJson.Stream jsonStream = jsonOut == null ? null
                    : new ReportJson.Stream(jsonOut, settings, Backtest.sources(loaded.sources(), generated));
            if (csvOut != null) {
                ReportCsv.header(csvOut);
            }
            Backtest.GameSink sink = game -> {
                if (jsonStream != null) {
                    jsonStream.game(game);
                }
                if (csvOut != null) {
                    ReportCsv.rows(game, csvOut);
                }
            };
            report = new Backtest(settings, pool).run(loaded.games(), generated, loaded.sources(), sink,
                    HtmlReport.MAX_ROWS);
            if (jsonStream != null) {
                jsonStream.finish(report.summary());
            }
        } catch (IOException e) {
            err.println("backtest: cannot write the report: " + e);
            err.flush();
            return EXIT_NO_GAMES;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        ReportTable.print(report, out);
        try {
            if (html != null) {
                if (System.getenv("DISPLAY") == null) {
                    System.setProperty("java.awt.headless", "true");   // charts are drawn off screen only
                }
                try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
                    HtmlReport.write(report, w);
                }
            }
        } catch (IOException e) {
            err.println("backtest: cannot write the report: " + e);
            err.flush();
            return EXIT_NO_GAMES;
        }
        return report.summary().games() == 0 ? EXIT_NO_GAMES : 0;
    }

    /** Every check that can fail before a game runs; the message names the culprit. */
    private BacktestSettings settings() {
        if (sources.isEmpty() && generate == null) {
            throw new IllegalArgumentException("no games: give SOURCE files or folders, or --generate N --seed S");
        }
        if (generate != null && (generate < 0 || seed == null)) {
            throw new IllegalArgumentException(generate < 0 ? "--generate must be 0 or more, was " + generate
                    : "--generate needs --seed S, so the games can be made again");
        }
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("--threads must be 1 or more, was " + threads);
        }
        StrategyCatalog.ConfiguredStrategy configured = strategy.configure();
        RiskLimits limits = riskLimits.limits();
        return new BacktestSettings(configured, balance, latencyTicks, limits, seed == null ? 0 : seed,
                csv != null);
    }
}
