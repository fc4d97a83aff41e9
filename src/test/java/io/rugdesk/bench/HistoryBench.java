package io.rugdesk.bench;

import io.rugdesk.app.history.History;
import io.rugdesk.app.history.HistoryLoader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The history window's loading over {@code n} recordings ({@code bench.sh history [n]}, default 5,000): games of
 * the price model's length (rug with probability 0.005 per tick), each with one buy, one sell, one sidebet and a
 * crowd trade every other tick, written in the documented format; then {@link HistoryLoader#load} as the window
 * runs it on its background thread. Reports the time until the first file is shown in the progress bar and until
 * every figure is ready.
 */
final class HistoryBench {

    private HistoryBench() {
    }

    static List<BenchRow> run(int games) throws IOException {
        Path folder = Files.createTempDirectory("rugdesk-history-bench");
        try {
            long lines = write(folder, games);
            long size;
            try (Stream<Path> files = Files.list(folder)) {
                size = files.mapToLong(f -> f.toFile().length()).sum();
            }
            long start = System.nanoTime();
            AtomicLong first = new AtomicLong();
            History history = HistoryLoader.load(folder, (done, total) -> first.compareAndSet(0, System.nanoTime()),
                    () -> false);
            long end = System.nanoTime();
            return List.of(
                    new BenchRow("history: " + games + " recordings loaded", String.format("%.2f s",
                            (end - start) / 1e9), String.format("%d lines, %.0f MB, %d ledger rows, net %s SOL",
                            lines, size / 1e6, history.games().stream().mapToInt(g -> g.fillRows().size()).sum(),
                            history.summary().netPnl().toPlainString())),
                    new BenchRow("history: first recording in the progress bar", String.format("%.0f ms",
                            (first.get() - start) / 1e6), "the window is usable meanwhile (loading is off the EDT)"));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static long write(Path folder, int games) throws IOException {
        Random random = new Random(7);
        long lines = 0;
        long t = Instant.parse("2026-11-25T10:00:00Z").toEpochMilli();
        for (int g = 0; g < games; g++) {
            String id = String.format("g%05d", g);
            int rugTick = 0;
            while (random.nextDouble() >= 0.005) {
                rugTick++;
            }
            Path file = folder.resolve(Instant.ofEpochMilli(t).toString().replace(':', '-') + "_" + id + ".jsonl");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("{\"type\":\"header\",\"t\":" + t + ",\"schema\":2,\"gameId\":\"" + id
                        + "\",\"joinedMidGame\":false,\"player\":{\"id\":\"p1\",\"username\":\"me\"},"
                        + "\"server\":\"x\",\"client\":\"bench\","
                        + "\"settings\":{},\"serverSeedHash\":null}\n");
                int seq = 0;
                double price = 1;
                for (int tick = 0; tick <= rugTick; tick++) {
                    price = tick == rugTick ? price * 0.02 : price * (0.96 + random.nextDouble() * 0.09);
                    String p = String.format(java.util.Locale.ROOT, "%.9f", price);
                    out.write("{\"type\":\"tick\",\"t\":" + (t + 250L * tick) + ",\"seq\":" + (++seq) + ",\"tick\":"
                            + tick + ",\"price\":\"" + p + "\",\"phase\":\"ACTIVE\",\"late\":false}\n");
                    lines++;
                    if (tick % 2 == 0) {
                        out.write("{\"type\":\"trade\",\"t\":" + (t + 250L * tick) + ",\"seq\":" + (++seq)
                                + ",\"id\":\"x" + tick + "\",\"gameId\":\"" + id
                                + "\",\"playerId\":\"other\",\"tradeType\":\"buy\","
                                + "\"price\":\"" + p + "\",\"tickIndex\":" + tick + ",\"amount\":\"0.01\"}\n");
                        lines++;
                    }
                    if (tick == 1 || tick == rugTick / 2 + 1) {
                        String kind = tick == 1 ? "BUY" : "SELL";
                        String order = kind.equals("BUY") ? "\"amount\":\"0.01\"" : "\"percentage\":100";
                        out.write("{\"type\":\"orderSubmitted\",\"t\":" + t + ",\"seq\":" + (++seq)
                                + ",\"orderId\":\"" + id + kind + "\",\"kind\":\"" + kind + "\"," + order
                                + ",\"tick\":" + tick + "}\n");
                        out.write("{\"type\":\"orderConfirmed\",\"t\":" + t + ",\"seq\":" + (++seq)
                                + ",\"orderId\":\"" + id + kind + "\",\"kind\":\"" + kind
                                + "\",\"executionPrice\":\"" + p + "\"}\n");
                        lines += 2;
                    }
                }
                out.write("{\"type\":\"gameEnded\",\"t\":" + (t + 250L * rugTick) + ",\"seq\":" + (++seq)
                        + ",\"reason\":\"RUGGED\",\"rugTick\":" + rugTick + ",\"rugPrice\":\""
                        + String.format(java.util.Locale.ROOT, "%.9f", price) + "\"}\n");
                out.write("{\"type\":\"footer\",\"t\":" + (t + 250L * rugTick + 100) + ",\"gameId\":\"" + id
                        + "\",\"outcome\":\"rugged\",\"ticks\":" + (rugTick + 1) + ",\"lateTicks\":0,\"rugTick\":"
                        + rugTick + ",\"rugPrice\":null,\"serverSeed\":null,\"fair\":null,\"summary\":{}}\n");
                lines += 3;
            }
            t += 250L * rugTick + 15_000;
        }
        return lines;
    }
}
