package io.rugdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.rugdesk.app.ClientSession;
import io.rugdesk.app.SessionConfig;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * {@code wss://} certificates are verified by default: against a loopback TLS server with a self-signed
 * certificate the TLS handshake never completes, unless the session is started with {@code insecureTls}, which
 * completes it and logs a WARN (without the token). The server only does TLS; what matters is whether the
 * client accepted its certificate, which the server sees as a completed handshake.
 */
class TlsVerificationTest {

    private static final String PASSWORD = "changeit";
    private static final String TOKEN = "tok-TLS-check-55aa";

    @TempDir
    Path dir;

    @Test
    void aSelfSignedCertificateIsRefusedUnlessInsecureTlsIsAskedForWhichWarns() throws Exception {
        SSLContext server = selfSignedServerContext();
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        try (SSLServerSocket listener = (SSLServerSocket) server.getServerSocketFactory()
                .createServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> accept(listener, completed, refused), "tls-test-server");
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "wss://127.0.0.1:" + listener.getLocalPort();

            try (ClientSession verified = ClientSession.start(config(url, false))) {
                assertThat(SimulatorRestarts.waitFor(() -> refused.get() > 0, 20)).as("a refused handshake").isTrue();
                assertThat(completed).hasValue(0);
                assertThat(verified.isConnected()).isFalse();
            }

            Logger sessionLog = (Logger) LoggerFactory.getLogger(ClientSession.class);
            ListAppender<ILoggingEvent> logs = new ListAppender<>();
            logs.start();
            sessionLog.addAppender(logs);
            try (ClientSession insecure = ClientSession.start(config(url, true))) {
                assertThat(insecure.serverLabel()).isEqualTo(url);
                assertThat(SimulatorRestarts.waitFor(() -> completed.get() > 0, 20)).as("a completed handshake")
                        .isTrue();
            } finally {
                sessionLog.detachAppender(logs);
            }
            assertThat(logs.list).anyMatch(e -> e.getLevel() == Level.WARN
                    && e.getFormattedMessage().contains("TLS certificate verification is OFF"));
            assertThat(logs.list).noneMatch(e -> e.getFormattedMessage().contains(TOKEN));
        }
    }

    private SessionConfig config(String url, boolean insecure) {
        return SessionConfig.defaults(url).withToken(TOKEN).withConfigDir(dir.resolve("config"))
                .withRecordingFolder(dir.resolve("recordings")).withAutoRecord(false).withInsecureTls(insecure);
    }

    private static void accept(SSLServerSocket listener, AtomicInteger completed, AtomicInteger refused) {
        while (!listener.isClosed()) {
            try (SSLSocket socket = (SSLSocket) listener.accept()) {
                socket.setSoTimeout(5_000);
                try {
                    socket.startHandshake();
                    completed.incrementAndGet();
                    InputStream in = socket.getInputStream();
                    in.read();   // the client's HTTP upgrade request; the answer never comes
                } catch (java.io.IOException handshakeFailed) {
                    if (completed.get() == 0) {
                        refused.incrementAndGet();
                    }
                }
            } catch (java.io.IOException closed) {
                return;
            }
        }
    }

    /** A throw-away self-signed certificate for 127.0.0.1, made with the JDK's keytool. */
    private SSLContext selfSignedServerContext() throws Exception {
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "test", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }
}
