package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.app.PaperAccountFile;
import io.rugdesk.ui.UiSnapshot;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.swing.JComboBox;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Strategy panel's "Load strategy jar…" and "Reset paper…" in the real app against the embedded simulator at
 * 20× (Xvfb): a jar's strategy is offered and trades on paper; a broken jar is named in the notice; a reset writes
 * exactly the balance typed into paper-account.properties (read back here with {@link Properties}) and the window
 * shows it; a malformed balance is refused and changes nothing.
 */
class StrategyPanelJarAndResetTest {

    private static final Duration GAMES = Duration.ofSeconds(90);
    private static final Duration SHORT = Duration.ofSeconds(15);

    @TempDir
    Path folder;
    private AppHarness app;

    @BeforeEach
    void open() throws Exception {
        app = AppHarness.openWithGameRunning(folder, GAMES);
        app.frame.tabbedPane("bottomTabs").selectTab("Strategy");
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aLoadedJarsStrategyIsOfferedAndRunsOnPaper() throws Exception {
        Path jar = OneSidebetForTheJarTest.jar(folder.resolve("one-sidebet.jar"),
                OneSidebetForTheJarTest.class.getName());
        assertThat(strategies()).doesNotContain(OneSidebetForTheJarTest.NAME);

        chooseJar(jar);

        app.awaitOnEdt("the jar's strategy offered and selected", SHORT,
                () -> OneSidebetForTheJarTest.NAME.equals(picker().getSelectedItem()));
        assertThat(strategies()).contains("noop", "fixed-ticks", OneSidebetForTheJarTest.NAME);
        app.awaitShown("the notice naming the jar and what it brought", SHORT, s -> noticed(s,
                "one-sidebet.jar") && noticed(s, OneSidebetForTheJarTest.NAME));
        app.frame.radioButton("strategyPaper").click();
        app.awaitOnEdt("the window says PAPER", SHORT, () -> app.window.frame().getTitle().equals("Rugdesk — PAPER"));

        app.frame.button("strategyStart").click();

        app.awaitOnEdt("the jar strategy's sidebet filled on paper", GAMES, () -> decisions().stream()
                .anyMatch(row -> row[0].startsWith("sidebet 0.01") && row[1].equals("FILLED")));
        assertThat(figures()).contains(OneSidebetForTheJarTest.NAME + " running");
        app.frame.button("strategyStop").click();
        app.awaitOnEdt("stopped", SHORT, () -> figures().contains(OneSidebetForTheJarTest.NAME + " stopped"));
    }

    @Test
    void aBrokenJarIsRefusedWithANoticeNamingTheFile() throws Exception {
        Path notAJar = folder.resolve("notes.jar");
        Files.writeString(notAJar, "these are notes, not a zip archive");
        Path missingClass = OneSidebetForTheJarTest.jar(folder.resolve("missing-class.jar"),
                "com.example.NoSuchFactory");
        List<String> before = strategies();

        chooseJar(notAJar);
        app.awaitShown("the notice naming notes.jar", SHORT, s -> noticed(s, "Strategy jar notes.jar not loaded: "));
        chooseJar(missingClass);
        app.awaitShown("the notice naming missing-class.jar and the class", SHORT,
                s -> noticed(s, "Strategy jar missing-class.jar not loaded: ")
                        && noticed(s, "com.example.NoSuchFactory"));

        assertThat(strategies()).isEqualTo(before);
        // the bad jars were not kept: a good one loads after them
        chooseJar(OneSidebetForTheJarTest.jar(folder.resolve("good.jar"), OneSidebetForTheJarTest.class.getName()));
        app.awaitOnEdt("the good jar loaded", SHORT, () -> OneSidebetForTheJarTest.NAME.equals(
                picker().getSelectedItem()));
    }

    @Test
    void resetPaperWritesExactlyTheNewBalanceAndTheWindowShowsIt() throws Exception {
        usePaper();

        resetTo("25.5");

        Path file = folder.resolve("config").resolve(PaperAccountFile.FILE);
        String kept = app.awaitOnEdt("the balance kept in " + file, SHORT, () -> keptBalance(file),
                balance -> balance != null && !balance.equals("10"));
        assertThat(kept).isEqualTo("25.5");
        app.awaitShown("the paper account at 25.5 SOL in the account panel", SHORT, s -> equal(
                s.account().local().cash(), "25.5") && equal(s.account().server().cash(), "25.5"));
        app.awaitOnEdt("the panel's figures at 25.5 SOL", SHORT, () -> figures().contains("balance 25.5"));
        app.awaitShown("the reset told", SHORT, s -> noticed(s, "Paper account reset to 25.5 SOL"));
    }

    @Test
    void aMalformedBalanceIsRefusedAndChangesNothing() throws Exception {
        usePaper();
        Path file = folder.resolve("config").resolve(PaperAccountFile.FILE);

        for (String typed : new String[] {"abc", "-1", "0", "0.0000000001"}) {
            resetTo(typed);
            app.awaitShown("the refusal of '" + typed + "'", SHORT,
                    s -> noticed(s, "Paper account not reset: the balance must be a positive SOL amount with at most"
                            + " 9 decimals, not '" + typed + "'"));
        }

        // a settled game writes the unchanged 10 SOL: the file is absent, has no balance, or 10
        String kept = GuiActionRunner.execute(() -> keptBalance(file));
        assertThat(kept == null || new BigDecimal(kept).compareTo(BigDecimal.TEN) == 0).as("kept %s", kept).isTrue();
        assertThat(app.sessions.current().orElseThrow().trading().view().paperCash())
                .isEqualByComparingTo(BigDecimal.TEN);
        assertThat(app.window.lastShown().notices()).noneMatch(n -> n.text().startsWith("Paper account reset to"));
    }

    private void usePaper() {
        app.frame.radioButton("strategyPaper").click();
        app.awaitOnEdt("the window says PAPER", SHORT, () -> app.window.frame().getTitle().equals("Rugdesk — PAPER"));
        app.awaitShown("the paper account adopted at 10 SOL", SHORT, s -> equal(s.account().local().cash(), "10"));
        // the panel follows the session on its own timer: Reset is enabled once it has seen paper mode
        app.awaitOnEdt("Reset paper… enabled", SHORT, () -> app.frame.robot().finder().findByName(
                app.window.frame(), "strategyResetPaper", javax.swing.JButton.class, false).isEnabled());
    }

    private void resetTo(String typed) {
        app.frame.button("strategyResetPaper").click();
        JOptionPaneFixture asked = app.frame.optionPane(Timeout.timeout(10_000));
        asked.textBox().deleteText().enterText(typed);
        asked.okButton().click();
        app.frame.robot().waitForIdle();
    }

    private void chooseJar(Path jar) {
        app.frame.button("strategyLoadJar").click();
        JFileChooserFixture chooser = app.frame.fileChooser("strategyJarChooser", Timeout.timeout(10_000));
        chooser.selectFile(jar.toFile());
        chooser.approve();
        app.frame.robot().waitForIdle();
    }

    /** paper.balance of the file, read with Properties here (not with PaperAccountFile); null when absent. */
    private static String keptBalance(Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties kept = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            kept.load(in);
        }
        return kept.getProperty("paper.balance");
    }

    private static boolean equal(BigDecimal shown, String expected) {
        return shown != null && shown.compareTo(new BigDecimal(expected)) == 0;
    }

    private static boolean noticed(UiSnapshot snapshot, String text) {
        return snapshot.notices().stream().anyMatch(notice -> notice.text().contains(text));
    }

    /** A jar with a services file naming {@code factory}, and the classes of {@link OneSidebetForTheJarTest}. */

    @SuppressWarnings("unchecked")
    private JComboBox<String> picker() {
        return app.frame.robot().finder().findByName(app.window.frame(), "strategyStrategy", JComboBox.class, false);
    }

    private List<String> strategies() {
        return GuiActionRunner.execute(() -> {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < picker().getItemCount(); i++) {
                names.add(picker().getItemAt(i));
            }
            return names;
        });
    }

    /** The decision log's rows as {intent, outcome}. EDT. */
    private List<String[]> decisions() {
        JTable table = app.frame.robot().finder().findByName(app.window.frame(), "strategyDecisions", JTable.class,
                false);
        List<String[]> rows = new ArrayList<>();
        for (int row = 0; row < table.getRowCount(); row++) {
            rows.add(new String[] {String.valueOf(table.getValueAt(row, 2)), String.valueOf(table.getValueAt(row, 3))});
        }
        return rows;
    }

    private String figures() {
        return GuiActionRunner.execute(() -> app.frame.robot().finder().findByName(app.window.frame(),
                "strategyFigures", javax.swing.JLabel.class, false).getText());
    }
}
