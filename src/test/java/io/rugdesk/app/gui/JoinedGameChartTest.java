package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.sim.SimConfig;
import io.rugdesk.ui.UiSnapshot;
import io.rugdesk.ui.UiSnapshot.LogEntry;
import io.rugdesk.ui.UiSnapshot.PricePoint;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window that joins a running game (the embedded simulator started mid-game, as the window's own is) charts the
 * game from tick 0, from the connect snapshot's price history, and then its live ticks: every tick once, none
 * missing at the join (Xvfb; the real app on the real simulator over a loopback socket).
 */
class JoinedGameChartTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern JOINED_AT = Pattern.compile("game (\\S+) started \\(joined at tick (\\d+)\\)");

    @TempDir
    Path folder;
    private AppHarness app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theChartOfAGameJoinedMidWayStartsAtTickZeroAndHasEveryTickOnce() throws Exception {
        app = AppHarness.open(folder, SimConfig.defaults().withSpeed(5).withStartMidGame(true));
        UiSnapshot joined = app.awaitShown("the join logged", WAIT, s -> joinedAt(s.events()) != null);
        Matcher join = joinedAt(joined.events());
        String gameId = join.group(1);
        int joinTick = Integer.parseInt(join.group(2));
        assertThat(joinTick).as("the simulator joins its first game mid-way").isPositive();

        UiSnapshot shown = app.awaitShown("live ticks after the join on the chart", WAIT,
                s -> s.game().gameId().equals(gameId) && lastTick(s.game().prices()) > joinTick + 3);

        List<PricePoint> series = shown.game().prices();
        assertThat(series.get(0).tick()).isZero();
        assertThat(series.get(0).price()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(series).extracting(PricePoint::tick)
                .as("ticks 0.. in order, the join tick " + joinTick + " once, none missing")
                .containsExactlyElementsOf(IntStream.rangeClosed(0, lastTick(series)).boxed().toList());
    }

    private static Matcher joinedAt(List<LogEntry> log) {
        for (LogEntry entry : log) {
            Matcher matcher = JOINED_AT.matcher(entry.text());
            if (matcher.find()) {
                return matcher;
            }
        }
        return null;
    }

    private static int lastTick(List<PricePoint> series) {
        return series.isEmpty() ? -1 : series.get(series.size() - 1).tick();
    }
}
