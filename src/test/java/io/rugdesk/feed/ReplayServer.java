package io.rugdesk.feed;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The official Node.js Socket.IO v4 server replaying a real capture ({@code shared/tools/replay-server.js}),
 * as an independent peer for the feed's loopback tests. The tools are copied to {@code target/replay-tools}
 * and {@code npm install}ed once; tests are skipped with a clear message where node, npm or the tools are
 * missing or the install fails.
 */
final class ReplayServer implements AutoCloseable {

    private static final Path WORK = Path.of("target", "replay-tools").toAbsolutePath();
    private static volatile String unavailable;
    private static boolean ready;

    private final Process process;
    private final int port;

    private ReplayServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code node replay-server.js capture --port port --speed speed}; port 0 = any free port. */
    static ReplayServer start(Path capture, int port, double speed) throws IOException, InterruptedException {
        Path tools = installedTools();
        return launch(List.of("node", tools.resolve("replay-server.js").toString(), capture.toString(), "--port",
                Integer.toString(port), "--speed", Double.toString(speed)));
    }

    /** Starts a test script from the classpath (next to this class) in the tools folder, which has socket.io. */
    static ReplayServer startScript(String resourceName, String... args) throws IOException, InterruptedException {
        Path tools = installedTools();
        Path script = tools.resolve(resourceName);
        try (var in = ReplayServer.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + resourceName + " is missing");
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        command.addAll(List.of(args));
        return launch(command);
    }

    private static ReplayServer launch(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> listening = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("listening ")) {
                        return Integer.parseInt(line.substring("listening ".length()).trim());
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("replay server exited before listening");
        });
        try {
            int actualPort = listening.get(20, TimeUnit.SECONDS);
            drainInBackground(out);
            return new ReplayServer(process, actualPort);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("replay server did not start: " + e, e);
        }
    }

    private static void drainInBackground(BufferedReader out) {
        Thread drainer = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty so the server never blocks on stdout
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "replay-server-output");
        drainer.setDaemon(true);
        drainer.start();
    }

    /** Copies the tools and runs npm install once per build; skips the calling test when that is impossible. */
    static synchronized Path installedTools() throws IOException, InterruptedException {
        assumeTrue(unavailable == null, () -> unavailable);
        if (ready) {
            return WORK;
        }
        Path source = Path.of(System.getProperty("rugdesk.tools", "../shared/tools")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(source.resolve("replay-server.js"))) {
            skip("skipped: " + source + "/replay-server.js is absent (set -Drugdesk.tools=DIR)");
        }
        if (!run(source, "node", "--version")) {
            skip("skipped: node is not installed (the loopback tests need the official Socket.IO server)");
        }
        Files.createDirectories(WORK);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js") || f.endsWith("package.json")).toList()) {
                Files.copy(file, WORK.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!Files.isDirectory(WORK.resolve("node_modules/socket.io"))
                && !run(WORK, "npm", "install", "--silent", "--no-audit", "--no-fund")) {
            skip("skipped: npm install of socket.io in " + WORK + " failed (offline? npm missing?)");
        }
        ready = true;
        return WORK;
    }

    private static void skip(String message) {
        unavailable = message;
        assumeTrue(false, message);
    }

    private static boolean run(Path dir, String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Kills the server process (SIGKILL: the client sees the connection drop, no goodbye). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
