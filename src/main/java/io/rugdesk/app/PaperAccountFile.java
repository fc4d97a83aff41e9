package io.rugdesk.app;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper account's balance, kept between {@code bot --paper} runs in the settings folder
 * ({@value #FILE_NAME}); 10 SOL when none is kept or the file is unreadable. Thread: the command's.
 */
final class PaperAccountFile {

    static final String FILE_NAME = "paper-account.properties";
    private static final Logger LOG = LoggerFactory.getLogger(PaperAccountFile.class);

    private PaperAccountFile() {
    }

    static BigDecimal kept(Path configDir) {
        Path file = configDir.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            try {
                Properties p = new Properties();
                try (var in = Files.newInputStream(file)) {
                    p.load(in);
                }
                return new BigDecimal(p.getProperty("paper.balance", "10").trim());
            } catch (IOException | NumberFormatException e) {
                LOG.warn("paper account {} unreadable, starting at 10 SOL: {}", file, e.toString());
            }
        }
        return BigDecimal.TEN;
    }

    static void keep(Path configDir, BigDecimal cash) {
        try {
            Files.createDirectories(configDir);
            Properties p = new Properties();
            p.setProperty("paper.balance", cash.stripTrailingZeros().toPlainString());
            try (var o = Files.newOutputStream(configDir.resolve(FILE_NAME))) {
                p.store(o, "Rugdesk paper account (bot --balance SOL starts it again)");
            }
        } catch (IOException e) {
            LOG.warn("paper balance not kept: {}", e.toString());
        }
    }
}
