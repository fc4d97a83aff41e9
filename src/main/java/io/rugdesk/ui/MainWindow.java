package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.NoticeLevel;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.prefs.Preferences;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/**
 * The Rugdesk window. A {@link Timer} on the EDT reads the latest {@link UiSnapshot} every {@value #REFRESH_MS} ms
 * and hands each part to its panel, which repaints only what changed; the domain never touches Swing and the
 * window never waits on the domain (design.md §1, §5). Actions go out through {@link UiCommands}.
 * Thread: EDT only (create, show and dispose on the EDT).
 */
public final class MainWindow {

    public static final int REFRESH_MS = 100;
    static final String MAIN_SPLIT = "mainSplit";
    static final String LOG_SPLIT = "logSplit";

    private final SnapshotSource source;
    private final UiCommands commands;
    private final UiSettings settings;
    private final AboutFacts about;
    private final JFrame frame = new JFrame("Rugdesk");
    private final IndicatorBar indicators;
    private final RiskBar riskBar;
    private final PriceChartPanel chart = new PriceChartPanel();
    private final AccountPanel account = new AccountPanel();
    private final TradingPanel trading;
    private final Keymap keymap;
    private final LeaderboardPanel leaderboard = new LeaderboardPanel();
    private final HistoryStrip history = new HistoryStrip();
    private final ConnectionBanner connectionBanner = new ConnectionBanner();
    private ShortcutsDialog shortcuts;
    private final EventLogPanel eventLog = new EventLogPanel();
    /** The event log and the panels docked beside it ({@link #dock}). */
    private final DockTabs bottomTabs = new DockTabs(eventLog);
    private final StatusBar statusBar = new StatusBar();
    private final ReplayBar replayBar;
    private final JSplitPane mainSplit;
    private final JSplitPane logSplit;
    private final NoticeToast toast;
    private final MainMenus menus;
    /** Built when first shown: the first frame does not need them. */
    private DriftHistoryDialog driftHistory;
    private InfoDialogs.LatencyDetails latencyDetails;
    private final Timer refreshTimer;
    private UiSnapshot shown;
    private volatile UiSnapshot latestShown = UiSnapshot.initial();

    private MainWindow(SnapshotSource source, UiCommands commands, UiSettings settings, AboutFacts about,
            Keymap keymap) {
        this.source = source;
        this.keymap = keymap;
        this.commands = commands;
        this.settings = settings;
        this.about = about;
        frame.setName("mainWindow");
        frame.setIconImages(AppIcon.windowIcons());
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                exit();
            }
        });
        indicators = new IndicatorBar(this::showDriftHistory, commands::adoptServerState);
        trading = new TradingPanel(commands, this::localCash, keymap);
        replayBar = new ReplayBar(commands);

        JPanel stacked = new JPanel();
        stacked.setLayout(new BoxLayout(stacked, BoxLayout.Y_AXIS));
        stacked.add(account);
        stacked.add(trading);
        JPanel right = new JPanel(new BorderLayout());
        right.add(stacked, BorderLayout.NORTH);
        right.add(leaderboard, BorderLayout.CENTER);
        right.setMinimumSize(new Dimension(360, 300));
        JPanel left = new JPanel(new BorderLayout());
        left.add(chart, BorderLayout.CENTER);
        left.add(history, BorderLayout.SOUTH);
        left.setMinimumSize(new Dimension(300, 200));
        mainSplit = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, true, left, right);
        mainSplit.setName(MAIN_SPLIT);
        mainSplit.setResizeWeight(1.0);
        chart.setMinimumSize(new Dimension(300, 200));
        logSplit = new JSplitPane(JSplitPane.VERTICAL_SPLIT, true, mainSplit, bottomTabs);
        bottomTabs.placedIn(logSplit);
        logSplit.setName(LOG_SPLIT);
        logSplit.setResizeWeight(1.0);
        eventLog.setMinimumSize(new Dimension(100, 60));
        eventLog.setPreferredSize(new Dimension(900, 170));

        JPanel content = new JPanel(new BorderLayout());
        toast = new NoticeToast();
        riskBar = new RiskBar(frame, commands);
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        for (JComponent row : new JComponent[] {indicators, riskBar, connectionBanner, toast, replayBar}) {
            row.setAlignmentX(0f);
            row.setMaximumSize(new Dimension(Integer.MAX_VALUE, Integer.MAX_VALUE));
            top.add(row);
        }
        content.add(top, BorderLayout.NORTH);
        content.add(logSplit, BorderLayout.CENTER);
        content.add(statusBar, BorderLayout.SOUTH);
        logSplit.setBorder(BorderFactory.createEmptyBorder());
        frame.setContentPane(content);
        menus = new MainMenus(frame, commands, settings, this);
        frame.setJMenuBar(menus.bar());
        menus.bar().add(riskBar.settingsMenu(), menus.bar().getMenuCount() - 1);
        // Bounds before any dialog: packing an owned dialog creates the frame's native window, which should be
        // made with the bounds it will be shown with. Made at 0,0 with no size and given its bounds before mapping,
        // it was now and then shown at its place while AWT kept 0,0 as its location (Xvfb without a window manager,
        // loaded machine: 5 of 225 windows), so every robot click missed by the difference. The dialogs also
        // centre on the frame's real bounds this way.
        restoreBounds();
        bindWindowKeys();

        chart.setLogScale(settings.logScale());
        chart.logScaleToggle().addActionListener(e -> settings.setLogScale(chart.isLogScale()));
        chart.setStyle(settings.candles(), settings.crowdTrades());
        chart.candlesToggle().addActionListener(e -> settings.setCandles(chart.candlesToggle().isSelected()));
        chart.crowdToggle().addActionListener(e -> settings.setCrowdTrades(chart.crowdToggle().isSelected()));
        setEventLogVisible(settings.eventLogVisible());
        refreshTimer = new Timer(REFRESH_MS, e -> refresh());
        refreshTimer.setCoalesce(true);
        refresh();
    }

    /**
     * Builds the window (not yet visible) with the theme remembered in {@code preferences}. Call on the EDT.
     *
     * @param preferences where the window remembers theme, bounds and split panes (the app passes
     *                    {@code Preferences.userNodeForPackage(MainWindow.class)}, tests a throw-away node)
     */
    public static MainWindow create(SnapshotSource source, UiCommands commands, Preferences preferences) {
        return create(source, commands, preferences, AboutFacts.unknown());
    }

    /** As {@link #create(SnapshotSource, UiCommands, Preferences)}, with what Help → About says. */
    public static MainWindow create(SnapshotSource source, UiCommands commands, Preferences preferences,
                                    AboutFacts about) {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("MainWindow.create must run on the EDT");
        }
        UiSettings settings = new UiSettings(Objects.requireNonNull(preferences, "preferences"));
        if (Themes.isDark() != settings.darkTheme() || !(javax.swing.UIManager.getLookAndFeel()
                instanceof com.formdev.flatlaf.FlatLaf)) {
            Themes.install(settings.darkTheme());
        }
        AppIcon.nameForWindowManager();
        return new MainWindow(Objects.requireNonNull(source, "source"), Objects.requireNonNull(commands, "commands"),
                settings, Objects.requireNonNull(about, "about"), new Keymap(preferences));
    }

    public JFrame frame() {
        return frame;
    }

    /** Shows the window and starts following the snapshots. */
    public void show() {
        frame.setVisible(true);
        if (settings.maximized()) {
            frame.setExtendedState(frame.getExtendedState() | Frame.MAXIMIZED_BOTH);
        }
        restoreDividers();
        refreshTimer.start();
    }

    /** Saves the window state, stops the timer and closes the window without calling {@link UiCommands#exit}. */
    public void dispose() {
        saveState();
        refreshTimer.stop();
        if (driftHistory != null) {
            driftHistory.dispose();
        }
        if (latencyDetails != null) {
            latencyDetails.dispose();
        }
        if (shortcuts != null) {
            shortcuts.dispose();
        }
        frame.dispose();
    }

    /** The last snapshot painted; readable from any thread (tests, benchmarks). */
    public UiSnapshot lastShown() {
        return latestShown;
    }

    /** One refresh: picks up the latest snapshot and hands what changed to the panels. */
    void refresh() {
        UiSnapshot snapshot = source.latest();
        if (snapshot == null || snapshot == shown) {
            return;
        }
        indicators.show(snapshot.player());
        indicators.show(snapshot.drift());
        indicators.show(snapshot.latency());
        indicators.show(snapshot.recording());
        riskBar.show(commands.riskStatus());
        showAccountMode(commands.accountMode());
        statusBar.show(snapshot.game());
        statusBar.show(snapshot.connection());
        chart.show(snapshot.game(), snapshot.board().crowd());
        account.show(snapshot.account(), snapshot.drift().fields());
        trading.show(snapshot.permissions());
        trading.show(snapshot.game(), snapshot.board().sidebetOdds());
        leaderboard.show(snapshot.board().leaders());
        history.show(snapshot.board().history(), snapshot.board().last100());
        connectionBanner.show(snapshot.connection(), snapshot.latency(), snapshot.game().phase());
        eventLog.show(snapshot.events());
        menus.show(snapshot.recording(), snapshot.connection());
        replayBar.show(snapshot.recording().replay());
        toast.show(snapshot.notices());
        if (driftHistory != null && driftHistory.isVisible()) {
            driftHistory.show(snapshot.drift());
        }
        if (latencyDetails != null && latencyDetails.isVisible()) {
            latencyDetails.show(snapshot.latency());
        }
        shown = snapshot;
        latestShown = snapshot;
    }

    /** Docks {@code panel} as a tab beside the event log (the Strategy panel). EDT. */
    public void dock(String title, JComponent panel) {
        bottomTabs.dock(title, panel);
    }

    /** Brings a docked panel to the front (the event log area shown again if hidden). EDT. */
    public void showDocked(JComponent panel) {
        if (!bottomTabs.isVisible()) {
            setEventLogVisible(true);
        }
        bottomTabs.bringToFront(panel);
    }

    private void showAccountMode(AccountMode mode) {
        String title = mode == AccountMode.REAL ? "Rugdesk" : "Rugdesk — " + mode.badge();
        if (!title.equals(frame.getTitle())) {
            frame.setTitle(title);
        }
        account.show(mode);
    }

    private BigDecimal localCash() {
        return shown == null ? null : shown.account().local().cash();
    }

    private void bindWindowKeys() {
        JComponent root = frame.getRootPane();
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(Shortcut.ADOPT_SERVER_STATE.keyStroke(), "adopt");
        root.getActionMap().put("adopt", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                if (indicators.adoptButton().isVisible()) {
                    indicators.adoptButton().doClick();
                }
            }
        });
    }

    void showDriftHistory() {
        if (driftHistory == null) {
            driftHistory = new DriftHistoryDialog(frame);
        }
        if (shown != null) {
            driftHistory.show(shown.drift());
        }
        driftHistory.setVisible(true);
    }

    void showLatencyDetails() {
        if (latencyDetails == null) {
            latencyDetails = new InfoDialogs.LatencyDetails(frame);
        }
        if (shown != null) {
            latencyDetails.show(shown.latency());
        }
        latencyDetails.setVisible(true);
    }

    void showAbout() {
        String recordings = shown == null ? null : shown.recording().folder();
        InfoDialogs.showAbout(frame, recordings == null ? about
                : new AboutFacts(about.version(), about.settingsFolder(), recordings, about.logsFolder()));
    }

    /** Help → Shortcuts: the keys, trading keys remappable. */
    void showShortcuts() {
        if (shortcuts == null) {
            shortcuts = new ShortcutsDialog(frame, keymap, trading::keysChanged);
        }
        shortcuts.setVisible(true);
    }

    void toggleLogScale() {
        chart.setLogScale(!chart.isLogScale());
        settings.setLogScale(chart.isLogScale());
    }

    void setDarkTheme(boolean dark) {
        settings.setDarkTheme(dark);
        Themes.switchTo(dark);
        menus.themeShown(dark);
        chart.themeChanged();
        indicators.themeChanged();
        shown = null;
        refresh();
    }

    void setEventLogVisible(boolean visible) {
        settings.setEventLogVisible(visible);
        eventLog.setVisible(visible);
        bottomTabs.setVisible(visible);
        if (visible) {
            int saved = settings.divider(LOG_SPLIT);
            if (saved > 0) {
                logSplit.setDividerLocation(saved);
            } else {
                logSplit.resetToPreferredSizes();
            }
        }
    }

    /** A notice from the window itself (not from a snapshot). */
    void notice(NoticeLevel level, String text) {
        toast.show(level, text);
    }

    void exit() {
        dispose();
        commands.exit();
    }

    private void restoreBounds() {
        Rectangle saved = settings.windowBounds();
        if (saved != null && !GraphicsEnvironment.isHeadless() && onScreen(saved)) {
            frame.setBounds(saved);
        } else {
            frame.setSize(1280, 800);
            frame.setLocationRelativeTo(null);
        }
    }

    private static boolean onScreen(Rectangle bounds) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        return screen.intersects(bounds);
    }

    private void restoreDividers() {
        int main = settings.divider(MAIN_SPLIT);
        mainSplit.setDividerLocation(main > 0 ? main : Math.max(300, frame.getWidth() - rightColumnWidth()));
        int log = settings.divider(LOG_SPLIT);
        if (eventLog.isVisible()) {
            logSplit.setDividerLocation(log > 0 ? log : Math.max(250, frame.getContentPane().getHeight() - 200));
        }
    }

    /** Room for the account table's every digit (at least 440 px), so it shows nothing rounded at first. */
    private int rightColumnWidth() {
        Component right = mainSplit.getRightComponent();
        return Math.max(440, right.getPreferredSize().width + mainSplit.getDividerSize() + 4);
    }

    private void saveState() {
        boolean maximized = (frame.getExtendedState() & Frame.MAXIMIZED_BOTH) != 0;
        settings.setMaximized(maximized);
        if (!maximized && frame.isShowing()) {
            settings.setWindowBounds(frame.getBounds());
        }
        if (frame.isShowing()) {
            settings.setDivider(MAIN_SPLIT, mainSplit.getDividerLocation());
            if (eventLog.isVisible()) {
                settings.setDivider(LOG_SPLIT, logSplit.getDividerLocation());
            }
        }
        settings.flush();
    }
}
