package io.rugdesk.app.gui;

import io.rugdesk.app.StrategyJars;
import io.rugdesk.backtest.Summary;
import io.rugdesk.strategy.StrategyCatalog;
import io.rugdesk.ui.MainWindow;
import io.rugdesk.ui.MoneyFormat;
import io.rugdesk.ui.RowsTableModel;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.Timer;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The Strategy panel, docked beside the event log: pick a strategy (built-ins, or from a jar loaded with "Load
 * strategy jar…", found by ServiceLoader as {@code --strategy-jar} does), edit its parameters (checked with the
 * command line's messages), choose the account (Paper, or Live after a confirmation: a red LIVE BOT badge), Start
 * and Stop; the decision log and the session's figures. It reads the session's {@link WindowTrading.View} on a
 * Swing timer every {@value #REFRESH_MS} ms, so ticks never reach the EDT one by one.
 *
 * <p>The Paper/Live choice is the window's account: manual orders follow it too.
 *
 * <p>Thread: EDT only.
 */
public final class StrategyPanel {

    static final int REFRESH_MS = 250;
    static final Color LIVE_RED = new Color(0xC6, 0x28, 0x28);

    private final GuiSessions sessions;
    private final JPanel panel = new JPanel(new BorderLayout(6, 0));
    private final List<Path> jars = new ArrayList<>();
    private final StrategyFields fields = new StrategyFields("strategy", StrategyCatalog.builtIn(), 2);
    private final JRadioButton paper = new JRadioButton("Paper");
    private final JRadioButton live = new JRadioButton("Live (real SOL)");
    private final JButton start = new JButton("Start");
    private final JButton stop = new JButton("Stop");
    private final JButton reset = new JButton("Reset paper…");
    private final JButton loadJar = new JButton("Load strategy jar…");
    private final JLabel badge = new JLabel(" ");
    private final JLabel figures = new JLabel(" ");
    /** The decision log, newest first. */
    private final RowsTableModel<WindowTrading.Line> decisions = new RowsTableModel<>(StrategyPanel::cell,
            "Game", "Tick", "Intent", "Outcome", "Fill or reason");
    private List<WindowTrading.Line> shownLines = List.of();
    private final Timer timer = new Timer(REFRESH_MS, e -> refresh());
    private WindowTrading.View shown;
    private Boolean asked;

    StrategyPanel(GuiSessions sessions) {
        this.sessions = sessions;
        panel.setName("strategyPanel");
        paper.setName("strategyPaper");
        live.setName("strategyLive");
        start.setName("strategyStart");
        stop.setName("strategyStop");
        reset.setName("strategyResetPaper");
        loadJar.setName("strategyLoadJar");
        badge.setName("strategyBadge");
        figures.setName("strategyFigures");
        ButtonGroup account = new ButtonGroup();
        account.add(paper);
        account.add(live);
        paper.setToolTipText("Paper: manual and strategy orders fill on the paper account (live prices, no real SOL)");
        live.setToolTipText("Live: manual and strategy orders go to the server's real account");
        paper.addActionListener(e -> choosePaper(true));
        live.addActionListener(e -> choosePaper(false));
        start.addActionListener(e -> start());
        stop.addActionListener(e -> trading().ifPresent(WindowTrading::stopStrategy));
        reset.addActionListener(e -> resetPaper());
        loadJar.addActionListener(e -> loadJar());
        badge.setOpaque(true);
        badge.setFont(badge.getFont().deriveFont(Font.BOLD));
        badge.setBorder(BorderFactory.createEmptyBorder(1, 6, 1, 6));

        JPanel controls = new JPanel(new GridBagLayout());
        JPanel pick = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        pick.add(new JLabel("Strategy"));
        pick.add(fields.picker());
        pick.add(loadJar);
        JPanel choose = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        choose.add(new JLabel("Account"));
        choose.add(paper);
        choose.add(live);
        choose.add(reset);
        JPanel run = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        run.add(start);
        run.add(stop);
        run.add(badge);
        int row = 0;
        for (JComponent part : new JComponent[] {pick, fields.parameters(), choose, run}) {
            controls.add(part, StrategyFields.constraints(0, row++));
        }
        JTable table = new JTable(decisions);
        table.setName("strategyDecisions");
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(90);
        table.getColumnModel().getColumn(1).setPreferredWidth(45);
        table.getColumnModel().getColumn(2).setPreferredWidth(230);
        table.getColumnModel().getColumn(3).setPreferredWidth(75);
        table.getColumnModel().getColumn(4).setPreferredWidth(330);
        JPanel log = new JPanel(new BorderLayout());
        figures.setBorder(BorderFactory.createEmptyBorder(2, 2, 4, 2));
        log.add(figures, BorderLayout.NORTH);
        JScrollPane rows = new JScrollPane(table);
        rows.setPreferredSize(new Dimension(560, 110));   // the panel's height is the controls'; rows scroll
        log.add(rows, BorderLayout.CENTER);
        JPanel top = new JPanel(new BorderLayout());
        top.add(controls, BorderLayout.NORTH);
        panel.add(new JScrollPane(top, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER), BorderLayout.WEST);
        panel.add(log, BorderLayout.CENTER);
        timer.setCoalesce(true);
        refresh();
    }

    /** Builds the panel, docks it in {@code window} as "Strategy" and starts following the sessions. EDT. */
    public static StrategyPanel dock(MainWindow window, GuiSessions sessions) {
        StrategyPanel strategy = new StrategyPanel(sessions);
        window.dock("Strategy", strategy.panel);
        strategy.timer.start();
        return strategy;
    }

    JComponent component() {
        return panel;
    }

    /** Stops following the sessions (the window is closing). */
    public void dispose() {
        timer.stop();
    }

    private Optional<WindowTrading> trading() {
        return sessions.current().map(GuiSessions.Live::trading);
    }

    private void choosePaper(boolean on) {
        asked = on;
        trading().ifPresent(t -> t.setPaper(on));
    }

    private void start() {
        StrategyCatalog.ConfiguredStrategy configured;
        try {
            configured = fields.configure();
        } catch (IllegalArgumentException e) {
            sessions.notice(io.rugdesk.ui.UiSnapshot.NoticeLevel.WARNING, "Strategy not started: " + e.getMessage());
            return;
        }
        if (live.isSelected()) {
            int answer = JOptionPane.showConfirmDialog(panel, "Start " + configured.name() + " on the REAL account?"
                    + "\nIts orders spend real SOL, behind the risk limits. The emergency stop (Ctrl+Shift+X)"
                    + " stops it.", "Start a live bot", JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return;
            }
        }
        trading().ifPresentOrElse(t -> t.startStrategy(configured), () -> sessions.notice(
                io.rugdesk.ui.UiSnapshot.NoticeLevel.WARNING, "Not connected: the strategy was not started"));
    }

    private void resetPaper() {
        String typed = JOptionPane.showInputDialog(panel, "Start the paper account again with this balance (SOL)."
                + "\nAn open paper position or sidebet is dropped.", "10");
        if (typed == null) {
            return;
        }
        try {
            BigDecimal balance = new BigDecimal(typed.trim());
            if (balance.signum() <= 0 || balance.stripTrailingZeros().scale() > MoneyFormat.SOL_DECIMALS) {
                throw new NumberFormatException();
            }
            trading().ifPresent(t -> t.resetPaper(balance));
        } catch (NumberFormatException e) {
            sessions.notice(io.rugdesk.ui.UiSnapshot.NoticeLevel.WARNING, "Paper account not reset: the balance"
                    + " must be a positive SOL amount with at most 9 decimals, not '" + typed + "'");
        }
    }

    private void loadJar() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("strategyJarChooser");
        chooser.setFileFilter(new FileNameExtensionFilter("Strategy jars", "jar"));
        if (chooser.showOpenDialog(panel) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path jar = chooser.getSelectedFile().toPath();
        List<Path> with = new ArrayList<>(jars);
        with.add(jar);
        StrategyCatalog catalog;
        try {
            catalog = StrategyJars.catalog(with);
        } catch (RuntimeException e) {   // a bad jar is not kept: the next load would fail on it
            sessions.notice(io.rugdesk.ui.UiSnapshot.NoticeLevel.ERROR, "Strategy jar " + jar.getFileName()
                    + " not loaded: " + e.getMessage());
            return;
        }
        jars.add(jar);
        List<String> added = StrategyJars.added(fields.catalog(), catalog);
        fields.useCatalog(catalog, added.isEmpty() ? (String) fields.picker().getSelectedItem() : added.get(0));
        sessions.notice(io.rugdesk.ui.UiSnapshot.NoticeLevel.INFO, added.isEmpty()
                ? "Strategy jar " + jar.getFileName() + " declares no new strategy"
                : "Strategies from " + jar.getFileName() + ": " + String.join(", ", added));
    }

    private void refresh() {
        WindowTrading.View view = trading().map(WindowTrading::view).orElse(WindowTrading.View.NONE);
        if (view == shown) {
            return;
        }
        shown = view;
        if (asked == null || asked == view.paper()) {
            asked = null;
            (view.paper() ? paper : live).setSelected(true);
        }
        boolean running = view.running();
        start.setEnabled(!running);
        stop.setEnabled(running);
        paper.setEnabled(!running);
        live.setEnabled(!running);
        reset.setEnabled(!running && view.paper());
        fields.setEnabled(!running);
        loadJar.setEnabled(!running);
        if (running && view.live()) {
            badge.setText("LIVE BOT");
            badge.setBackground(LIVE_RED);
            badge.setForeground(Color.WHITE);
        } else {
            badge.setText(view.paper() ? "PAPER" : " ");
            badge.setBackground(panel.getBackground());
            badge.setForeground(figures.getForeground());
        }
        if (view.decisions() != shownLines) {
            shownLines = view.decisions();
            List<WindowTrading.Line> newestFirst = new ArrayList<>(shownLines);
            java.util.Collections.reverse(newestFirst);
            decisions.setRows(newestFirst);
        }
        figures.setText(figuresText(view));
        figures.setToolTipText(view.stoppedWhy() == null ? null : "Stopped: " + view.stoppedWhy());
    }

    /** Two lines: the paper balance and the strategy's state; its figures. */
    static String figuresText(WindowTrading.View view) {
        StringBuilder text = new StringBuilder("<html>");
        if (view.paper()) {
            text.append("<b>PAPER</b> balance ").append(MoneyFormat.sol(view.paperCash())).append(" SOL · ");
        }
        if (view.strategy() == null) {
            return text.append("no strategy started</html>").toString();
        }
        text.append(view.strategy()).append(view.running() ? " running" : " stopped");
        if (!view.running() && view.stoppedWhy() != null) {
            text.append(" (").append(escape(view.stoppedWhy())).append(')');
        }
        Summary s = view.figures();
        if (s != null) {
            String pnl = (view.paper() ? "PAPER P&amp;L " : "P&amp;L ") + MoneyFormat.signed(s.netPnl()) + " SOL";
            text.append("<br>games ").append(s.games()).append(" · fills ").append(s.fills() + view.openGameFills())
                    .append(" · ").append(pnl).append(" · win rate ").append(percent(s.winRate()))
                    .append(" · max drawdown ").append(MoneyFormat.sol(s.maxDrawdown())).append(" SOL");
        }
        return text.append("</html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Object cell(WindowTrading.Line line, int column) {
        return switch (column) {
            case 0 -> line.gameId() == null ? "" : line.gameId().length() > 12
                    ? "…" + line.gameId().substring(line.gameId().length() - 10) : line.gameId();
            case 1 -> line.tick();
            case 2 -> line.intent();
            case 3 -> line.outcome();
            default -> line.detail();
        };
    }

    private static String percent(BigDecimal ratio) {
        return ratio == null ? "—" : ratio.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
                .toPlainString() + " %";
    }
}
