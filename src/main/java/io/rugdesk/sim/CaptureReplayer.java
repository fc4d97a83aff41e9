package io.rugdesk.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a fixture capture (fixtures/README.md format) to every connected client, at the recorded timing
 * divided by the speed, or back to back. Records sent by the capturing client ({@code "direction":"sent"}) and
 * the {@code connect} marker are skipped; the replay starts when the first client has connected; a {@code [trace, payload]} data list is sent as two arguments.
 * org.json keeps decimals as BigDecimal, so numbers go out digit for digit. Thread: the simulator's loop thread.
 */
final class CaptureReplayer {

    private static final Logger LOG = LoggerFactory.getLogger(CaptureReplayer.class);

    /** One server event of the capture with its offset from the first one. */
    record Frame(long offsetNanos, String event, Object[] args) {
    }

    private final Path capture;
    private final double speed;
    private final boolean asFastAsPossible;
    private final ScheduledExecutorService loop;
    private final SimTable table;
    private volatile boolean finished;
    private List<Frame> frames;
    private boolean started;

    CaptureReplayer(Path capture, double speed, boolean asFastAsPossible, ScheduledExecutorService loop,
            SimTable table) {
        this.capture = capture;
        this.speed = speed;
        this.asFastAsPossible = asFastAsPossible;
        this.loop = loop;
        this.table = table;
    }

    /** Reads the capture now, so a bad file fails at start-up. */
    void load() throws IOException {
        frames = read(capture);
        LOG.info("loaded {} frames of {}; the replay starts when the first client connects", frames.size(), capture);
    }

    /** Schedules every frame, the first time a client is connected (later calls do nothing). */
    void startOnce() {
        if (started || frames == null) {
            return;
        }
        started = true;
        long start = System.nanoTime();
        for (int i = 0; i < frames.size(); i++) {
            Frame frame = frames.get(i);
            boolean last = i == frames.size() - 1;
            long due = asFastAsPossible ? 0 : (long) (frame.offsetNanos() / speed);
            loop.schedule(() -> {
                table.broadcastRaw(frame.event(), frame.args());
                if (last) {
                    finished = true;
                }
            }, Math.max(0, start + due - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        if (frames.isEmpty()) {
            finished = true;
        }
    }

    boolean finished() {
        return finished;
    }

    static List<Frame> read(Path capture) throws IOException {
        List<Frame> frames = new ArrayList<>();
        LocalDateTime first = null;
        int lineNumber = 0;
        for (String line : Files.readAllLines(capture, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JSONObject record = new JSONObject(line);
                String event = record.optString("event", "");
                if ("sent".equals(record.optString("direction")) || "connect".equals(event) || event.isEmpty()) {
                    continue;
                }
                LocalDateTime ts = LocalDateTime.parse(record.getString("ts"));
                first = first == null ? ts : first;
                Object data = record.opt("data");
                Object[] args = data instanceof JSONArray list && list.length() == 2
                        && list.opt(0) instanceof JSONObject trace && trace.optBoolean("__trace")
                        ? new Object[] {list.get(0), list.get(1)} : new Object[] {data == null ? JSONObject.NULL : data};
                frames.add(new Frame(Duration.between(first, ts).toNanos(), event, args));
            } catch (JSONException | java.time.format.DateTimeParseException bad) {
                LOG.warn("{}:{} skipped, not a capture record: {}", capture, lineNumber, bad.getMessage());
            }
        }
        return frames;
    }
}
