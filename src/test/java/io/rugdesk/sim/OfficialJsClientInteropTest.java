package io.rugdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The official JavaScript {@code socket.io-client} 4.8.4 (npm) trades against the simulator: proof that the
 * server speaks the real protocol, not just what our own Java client accepts. Skips, saying why, when node or
 * npm is absent or the package cannot be installed (offline). The npm install is cached in target/.
 */
class OfficialJsClientInteropTest {

    private static final Path WORK = Path.of("target", "interop-node").toAbsolutePath();

    @Test
    void officialClientAuthenticatesBuysAndGetsPlayerUpdateBeforeTheAck() throws Exception {
        assumeTrue(runs(List.of("node", "--version"), WORK.getParent(), 20), "skipped: node is not installed");
        Files.createDirectories(WORK);
        if (!Files.isDirectory(WORK.resolve("node_modules/socket.io-client"))) {
            assumeTrue(runs(List.of("npm", "install", "--no-audit", "--no-fund", "--silent", "socket.io-client@4.8.4"),
                    WORK, 180), "skipped: npm is absent or `npm install socket.io-client@4.8.4` failed (offline?)");
        }
        try (InputStream script = getClass().getResourceAsStream("interop-client.js")) {
            Files.copy(script, WORK.resolve("interop-client.js"), StandardCopyOption.REPLACE_EXISTING);
        }
        try (SimServer server = new SimServer(SimConfig.defaults().withSpeed(10)).start()) {
            Process node = new ProcessBuilder("node", "interop-client.js", server.url()).directory(WORK.toFile())
                    .redirectErrorStream(true).start();
            assertThat(node.waitFor(90, TimeUnit.SECONDS)).as("node finished").isTrue();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(output).contains("\"ok\":true").contains("\"buyAck\":{\"success\":true}");
            assertThat(node.exitValue()).as(output).isZero();
        }
    }

    private static boolean runs(List<String> command, Path dir, long seconds) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }
}
