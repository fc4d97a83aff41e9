package io.rugdesk.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The limits and whether the emergency stop sells the open position (on by default); persisted in
 * {@code settings.properties} of the config directory under {@code risk.*} keys (an empty value: no limit), other
 * keys kept. A malformed value is logged and ignored (that limit off), never an exception at start.
 * Thread: immutable value; {@link #load}/{@link #save} do file I/O on the caller's thread.
 */
public record RiskSettings(RiskLimits limits, boolean sellOnEmergencyStop) {

    public static final String FILE_NAME = "settings.properties";
    public static final RiskSettings DEFAULTS = new RiskSettings(RiskLimits.NONE, true);

    private static final Logger LOG = LoggerFactory.getLogger(RiskSettings.class);

    public RiskSettings {
        limits = limits == null ? RiskLimits.NONE : limits;
    }

    public static RiskSettings load(Path configDir) {
        Properties p = new Properties();
        Path file = configDir.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("cannot read risk settings {} (no limits): {}", file, e.toString());
            }
        }
        RiskLimits limits = RiskLimits.NONE;
        try {
            limits = new RiskLimits(sol(p, "risk.maxSessionLoss"), sol(p, "risk.maxPosition"),
                    integer(p, "risk.stopAfterLosses"), sol(p, "risk.maxBuy"), sol(p, "risk.maxSidebet"),
                    sol(p, "risk.maxDailyLoss"), seconds(p, "risk.minSecondsBetweenOrders"),
                    sol(p, "risk.keepAtLeast"));
        } catch (IllegalArgumentException e) {
            LOG.warn("risk limits in {} ignored: {}", file, e.getMessage());
        }
        return new RiskSettings(limits,
                Boolean.parseBoolean(p.getProperty("risk.sellOnEmergencyStop", "true").trim()));
    }

    public void save(Path configDir) throws IOException {
        Files.createDirectories(configDir);
        Path file = configDir.resolve(FILE_NAME);
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
        }
        put(p, "risk.maxSessionLoss", limits.maxSessionLoss());
        put(p, "risk.maxPosition", limits.maxPosition());
        p.setProperty("risk.stopAfterLosses", limits.stopAfterLosses() == null ? "" : limits.stopAfterLosses()
                .toString());
        put(p, "risk.maxBuy", limits.maxBuy());
        put(p, "risk.maxSidebet", limits.maxSidebet());
        put(p, "risk.maxDailyLoss", limits.maxDailyLoss());
        put(p, "risk.minSecondsBetweenOrders", limits.minOrderInterval() == null ? null
                : BigDecimal.valueOf(limits.minOrderInterval().toMillis()).movePointLeft(3));
        put(p, "risk.keepAtLeast", limits.keepAtLeast());
        p.setProperty("risk.sellOnEmergencyStop", Boolean.toString(sellOnEmergencyStop));
        Path temp = Files.createTempFile(configDir, FILE_NAME, ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            p.store(out, "Rugdesk settings");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void put(Properties p, String key, BigDecimal value) {
        p.setProperty(key, value == null ? "" : value.stripTrailingZeros().toPlainString());
    }

    private static BigDecimal sol(Properties p, String key) {
        String text = p.getProperty(key, "").trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: " + text);
        }
    }

    private static Integer integer(Properties p, String key) {
        BigDecimal value = sol(p, key);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(key + " must be a whole number: " + value.toPlainString());
        }
    }

    private static Duration seconds(Properties p, String key) {
        BigDecimal value = sol(p, key);
        return value == null ? null : Duration.ofMillis(value.movePointRight(3).longValue());
    }
}
