package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.Connection;
import io.rugdesk.ui.UiSnapshot.NoticeLevel;
import io.rugdesk.ui.UiSnapshot.Recording;
import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File · Connection · Recording · Simulator (only when embedded) · View · Help. Every item is named
 * ("autoRecordMenuItem", "injectDriftMenuItem", …) and takes its accelerator from {@link Shortcut}.
 * Thread: EDT only.
 */
final class MainMenus {

    private static final Logger LOG = LoggerFactory.getLogger(MainMenus.class);

    private final JFrame frame;
    private final UiCommands commands;
    private final UiSettings settings;
    private final MainWindow window;
    private final JMenuBar bar = new JMenuBar();
    private final JMenu simulatorMenu = new JMenu("Simulator");
    private final JCheckBoxMenuItem autoRecord = new JCheckBoxMenuItem("Auto-record games");
    private final JMenuItem startRecording = item("Start now", "startRecordingMenuItem", Shortcut.START_RECORDING);
    private final JMenuItem stopRecording = item("Stop now", "stopRecordingMenuItem", Shortcut.STOP_RECORDING);
    private final JCheckBoxMenuItem eventLog = new JCheckBoxMenuItem("Event log");
    private final JRadioButtonMenuItem light = new JRadioButtonMenuItem("Light theme");
    private final JRadioButtonMenuItem dark = new JRadioButtonMenuItem("Dark theme");
    private Recording shownRecording;
    private Boolean shownEmbedded;
    private String recordingFolder;

    MainMenus(JFrame frame, UiCommands commands, UiSettings settings, MainWindow window) {
        this.frame = frame;
        this.commands = commands;
        this.settings = settings;
        this.window = window;
        bar.add(fileMenu());
        bar.add(connectionMenu());
        bar.add(recordingMenu());
        bar.add(simulatorMenu());
        bar.add(viewMenu());
        bar.add(helpMenu());
    }

    JMenuBar bar() {
        return bar;
    }

    private static JMenuItem item(String text, String name, Shortcut shortcut) {
        JMenuItem item = new JMenuItem(text);
        item.setName(name);
        if (shortcut != null) {
            item.setAccelerator(shortcut.keyStroke());
        }
        return item;
    }

    private static JMenuItem item(String text, String name, Shortcut shortcut, Runnable action) {
        JMenuItem item = item(text, name, shortcut);
        item.addActionListener(e -> action.run());
        return item;
    }

    private static JMenu menu(String text, String name, char mnemonic) {
        JMenu menu = new JMenu(text);
        menu.setName(name);
        menu.setMnemonic(mnemonic);
        return menu;
    }

    private JMenu fileMenu() {
        JMenu file = menu("File", "fileMenu", 'F');
        file.add(item("Open recording…", "openRecordingMenuItem", Shortcut.OPEN_RECORDING, this::openRecording));
        file.add(item("Open recordings folder", "openRecordingsFolderMenuItem", Shortcut.OPEN_RECORDINGS_FOLDER,
                this::openRecordingsFolder));
        file.add(item("Backtest…", "backtestMenuItem", null, () -> commands.openBacktest(recordingFolder)));
        file.addSeparator();
        file.add(item("Exit", "exitMenuItem", Shortcut.EXIT, window::exit));
        return file;
    }

    private JMenu connectionMenu() {
        JMenu connection = menu("Connection", "connectionMenu", 'C');
        connection.add(item("Connect to server…", "connectMenuItem", Shortcut.CONNECT, this::connect));
        connection.add(item("Use embedded simulator", "embeddedSimulatorMenuItem", Shortcut.EMBEDDED_SIMULATOR,
                commands::useEmbeddedSimulator));
        connection.addSeparator();
        connection.add(item("Disconnect", "disconnectMenuItem", Shortcut.DISCONNECT, commands::disconnect));
        connection.add(item("Reconnect", "reconnectMenuItem", Shortcut.RECONNECT, commands::reconnect));
        return connection;
    }

    private JMenu recordingMenu() {
        JMenu recording = menu("Recording", "recordingMenu", 'R');
        autoRecord.setName("autoRecordMenuItem");
        autoRecord.setAccelerator(Shortcut.AUTO_RECORD.keyStroke());
        autoRecord.setToolTipText("Record every game I play to a recording file");
        // the recorder stores the choice; the first snapshot sets the checkbox
        autoRecord.addActionListener(e -> commands.setAutoRecord(autoRecord.isSelected()));
        recording.add(autoRecord);
        recording.addSeparator();
        startRecording.addActionListener(e -> commands.startRecording());
        stopRecording.addActionListener(e -> commands.stopRecording());
        stopRecording.setEnabled(false);
        recording.add(startRecording);
        recording.add(stopRecording);
        recording.addSeparator();
        recording.add(item("Recording folder…", "recordingFolderMenuItem", Shortcut.RECORDING_FOLDER,
                this::chooseRecordingFolder));
        return recording;
    }

    private JMenu simulatorMenu() {
        simulatorMenu.setName("simulatorMenu");
        simulatorMenu.setMnemonic('S');
        simulatorMenu.add(item("Inject drift", "injectDriftMenuItem", Shortcut.INJECT_DRIFT, commands::injectDrift));
        JMenu latency = new JMenu("Add latency");
        latency.setName("addLatencyMenu");
        for (int ms : new int[] {100, 250, 1000}) {
            latency.add(item("+" + ms + " ms", "addLatency" + ms + "MenuItem", ms == 250 ? Shortcut.ADD_LATENCY : null,
                    () -> commands.addLatency(ms)));
        }
        simulatorMenu.add(latency);
        simulatorMenu.add(item("Drop connection", "dropConnectionMenuItem", Shortcut.DROP_CONNECTION,
                commands::dropConnection));
        simulatorMenu.setVisible(false);
        return simulatorMenu;
    }

    private JMenu viewMenu() {
        JMenu view = menu("View", "viewMenu", 'V');
        light.setName("lightThemeMenuItem");
        dark.setName("darkThemeMenuItem");
        dark.setAccelerator(Shortcut.TOGGLE_THEME.keyStroke());
        ButtonGroup themes = new ButtonGroup();
        themes.add(light);
        themes.add(dark);
        (settings.darkTheme() ? dark : light).setSelected(true);
        light.addActionListener(e -> window.setDarkTheme(false));
        // the accelerator toggles: pressing it while dark is selected goes back to light
        dark.addActionListener(e -> window.setDarkTheme(!Themes.isDark()));
        view.add(light);
        view.add(dark);
        view.addSeparator();
        eventLog.setName("eventLogMenuItem");
        eventLog.setAccelerator(Shortcut.EVENT_LOG.keyStroke());
        eventLog.setSelected(settings.eventLogVisible());
        eventLog.addActionListener(e -> window.setEventLogVisible(eventLog.isSelected()));
        view.add(eventLog);
        view.add(item("Latency details", "latencyDetailsMenuItem", Shortcut.LATENCY_DETAILS,
                window::showLatencyDetails));
        view.add(item("Log price scale", "logScaleMenuItem", Shortcut.LOG_SCALE, window::toggleLogScale));
        view.add(item("Drift history", "driftHistoryMenuItem", Shortcut.DRIFT_HISTORY, window::showDriftHistory));
        view.add(item("History", "historyMenuItem", null, commands::openHistory));
        return view;
    }

    private JMenu helpMenu() {
        JMenu help = menu("Help", "helpMenu", 'H');
        help.add(item("Shortcuts", "shortcutsMenuItem", Shortcut.SHORTCUTS, window::showShortcuts));
        help.add(item("About", "aboutMenuItem", null, window::showAbout));
        return help;
    }

    /** Follows the theme actually applied (the accelerator may have toggled it). */
    void themeShown(boolean isDark) {
        (isDark ? dark : light).setSelected(true);
    }

    void show(Recording recording, Connection connection) {
        if (!recording.equals(shownRecording)) {
            // only a change coming from the domain moves the checkbox, so a click is not undone by a stale snapshot
            if (shownRecording == null || recording.autoRecord() != shownRecording.autoRecord()) {
                autoRecord.setSelected(recording.autoRecord());
            }
            startRecording.setEnabled(!recording.active());
            stopRecording.setEnabled(recording.active());
            recordingFolder = recording.folder();
            shownRecording = recording;
        }
        if (shownEmbedded == null || shownEmbedded != connection.embeddedSimulator()) {
            shownEmbedded = connection.embeddedSimulator();
            simulatorMenu.setVisible(connection.embeddedSimulator());
            bar.revalidate();
        }
    }

    private void openRecording() {
        JFileChooser chooser = new JFileChooser(startFolder());
        chooser.setDialogTitle("Open recording");
        chooser.setFileFilter(new FileNameExtensionFilter("Rugdesk recordings (*.jsonl, *.jsonl.partial)",
                "jsonl", "partial"));
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            File file = chooser.getSelectedFile();
            if (file.getParent() != null) {
                settings.setLastRecordingDirectory(file.getParent());
            }
            commands.openRecording(file.toPath());
        }
    }

    private File startFolder() {
        String last = settings.lastRecordingDirectory();
        return last != null ? new File(last) : recordingFolder != null ? new File(recordingFolder) : null;
    }

    private void openRecordingsFolder() {
        if (recordingFolder == null) {
            window.notice(NoticeLevel.WARNING, "The recordings folder is not known yet");
            return;
        }
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            window.notice(NoticeLevel.INFO, "Recordings are in " + recordingFolder);
            return;
        }
        File folder = new File(recordingFolder);
        // Desktop.open starts a file manager: I/O, so never on the EDT
        Thread opener = new Thread(() -> {
            try {
                Desktop.getDesktop().open(folder);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not open the recordings folder {}: {}", folder, e.getMessage());
            }
        }, "rugdesk-open-folder");
        opener.setDaemon(true);
        opener.start();
    }

    private void chooseRecordingFolder() {
        JFileChooser chooser = new JFileChooser(recordingFolder);
        chooser.setDialogTitle("Recording folder");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showDialog(frame, "Use this folder") == JFileChooser.APPROVE_OPTION) {
            Path folder = chooser.getSelectedFile().toPath();
            commands.chooseRecordingFolder(folder);
        }
    }

    private void connect() {
        Object url = JOptionPane.showInputDialog(frame,
                "Server URL (a token, if needed, is read from --token-file or the environment, never typed here):",
                "Connect to server", JOptionPane.QUESTION_MESSAGE, null, null, settings.lastServerUrl());
        if (url instanceof String text && !text.isBlank()) {
            String trimmed = text.strip();
            if (!trimmed.startsWith("http://") && !trimmed.startsWith("https://")) {
                window.notice(NoticeLevel.ERROR, "Not a server URL: it must start with http:// or https://");
                return;
            }
            settings.setLastServerUrl(trimmed);
            commands.connect(trimmed);
        }
    }
}
