package io.rugdesk.bench;

import java.util.List;

/** One line of the benchmark table: what was measured, the figure, and a second figure or a note. */
record BenchRow(String what, String figure, String note) {

    static void print(List<BenchRow> rows) {
        int width = rows.stream().mapToInt(r -> r.what().length()).max().orElse(10);
        int figureWidth = rows.stream().mapToInt(r -> r.figure().length()).max().orElse(10);
        System.out.println();
        System.out.printf("%-" + width + "s | %-" + figureWidth + "s | %s%n", "benchmark", "figure", "note");
        System.out.println("-".repeat(width) + "-+-" + "-".repeat(figureWidth) + "-+-" + "-".repeat(30));
        for (BenchRow row : rows) {
            System.out.printf("%-" + width + "s | %-" + figureWidth + "s | %s%n", row.what(), row.figure(), row.note());
        }
    }
}
