package io.rugdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper account kept between runs, {@code paper-account.properties} in the settings folder: its balance
 * ({@code paper.balance}, the same key {@code bot --paper} keeps) and whether the window trades on paper
 * ({@code paper.mode}). A missing or unreadable file reads as 10 SOL, not in paper mode (and says so in the log).
 * Thread: any; each call reads or writes the whole file.
 */
public final class PaperAccountFile {

    public static final String FILE = "paper-account.properties";
    public static final BigDecimal DEFAULT_BALANCE = BigDecimal.TEN;
    private static final Logger LOG = LoggerFactory.getLogger(PaperAccountFile.class);

    private final Path file;

    /** {@code configDir} null: nothing is kept (tests, scripted runs). */
    public PaperAccountFile(Path configDir) {
        this.file = configDir == null ? null : configDir.resolve(FILE);
    }

    public BigDecimal balance() {
        String kept = read().getProperty("paper.balance");
        try {
            return kept == null ? DEFAULT_BALANCE : new BigDecimal(kept.trim());
        } catch (NumberFormatException e) {
            LOG.warn("paper balance '{}' in {} is not a number: starting at {} SOL", kept, file, DEFAULT_BALANCE);
            return DEFAULT_BALANCE;
        }
    }

    public boolean paperMode() {
        return Boolean.parseBoolean(read().getProperty("paper.mode", "false").trim());
    }

    public void keepBalance(BigDecimal cash) {
        write("paper.balance", cash.stripTrailingZeros().toPlainString());
    }

    public void keepPaperMode(boolean paper) {
        write("paper.mode", Boolean.toString(paper));
    }

    private synchronized Properties read() {
        Properties p = new Properties();
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                LOG.warn("paper account {} unreadable: {}", file, e.toString());
            }
        }
        return p;
    }

    private synchronized void write(String key, String value) {
        if (file == null) {
            return;
        }
        Properties p = read();
        p.setProperty(key, value);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "Rugdesk paper account (bot --balance SOL or the window's Reset starts it again)");
            }
        } catch (IOException e) {
            LOG.warn("paper account not kept in {}: {}", file, e.toString());
        }
    }
}
