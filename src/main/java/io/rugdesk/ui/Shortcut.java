package io.rugdesk.ui;

import static java.awt.event.InputEvent.ALT_DOWN_MASK;
import static java.awt.event.InputEvent.CTRL_DOWN_MASK;
import static java.awt.event.InputEvent.SHIFT_DOWN_MASK;

import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;

/**
 * Every keyboard shortcut of the window with its default key, in one place: menus take their accelerators from
 * here, the trading panel binds its keys through {@link Keymap} (where a user may remap them), and Help → Shortcuts
 * lists exactly this. Thread: any (constants).
 */
public enum Shortcut {
    BUY("Buy the typed amount", KeyEvent.VK_B, CTRL_DOWN_MASK),
    SELL_10("Sell 10 %", KeyEvent.VK_1, CTRL_DOWN_MASK),
    SELL_25("Sell 25 %", KeyEvent.VK_2, CTRL_DOWN_MASK),
    SELL_50("Sell 50 %", KeyEvent.VK_3, CTRL_DOWN_MASK),
    SELL_100("Sell 100 %", KeyEvent.VK_4, CTRL_DOWN_MASK),
    SIDEBET("Sidebet the typed amount", KeyEvent.VK_E, CTRL_DOWN_MASK),
    PLUS_0_001("Amount +0.001", KeyEvent.VK_1, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
    PLUS_0_01("Amount +0.01", KeyEvent.VK_2, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
    PLUS_0_1("Amount +0.1", KeyEvent.VK_3, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
    HALF("Amount ½", KeyEvent.VK_H, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
    DOUBLE("Amount ×2", KeyEvent.VK_D, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
    MAX("Amount = all cash", KeyEvent.VK_M, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
    CLEAR("Clear the amount", KeyEvent.VK_ESCAPE, 0),
    FOCUS_AMOUNT("Focus the amount field", KeyEvent.VK_A, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
    ADOPT_SERVER_STATE("Adopt server state (while drift is shown)", KeyEvent.VK_J, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
    DRIFT_HISTORY("Drift history", KeyEvent.VK_Y, CTRL_DOWN_MASK),
    OPEN_RECORDING("File → Open recording…", KeyEvent.VK_O, CTRL_DOWN_MASK),
    OPEN_RECORDINGS_FOLDER("File → Open recordings folder", KeyEvent.VK_P, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
    EXIT("File → Exit", KeyEvent.VK_Q, CTRL_DOWN_MASK),
    CONNECT("Connection → Connect to server…", KeyEvent.VK_K, CTRL_DOWN_MASK),
    EMBEDDED_SIMULATOR("Connection → Use embedded simulator", KeyEvent.VK_K, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
    DISCONNECT("Connection → Disconnect", KeyEvent.VK_W, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
    RECONNECT("Connection → Reconnect", KeyEvent.VK_R, CTRL_DOWN_MASK),
    AUTO_RECORD("Recording → Auto-record games", KeyEvent.VK_U, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
    START_RECORDING("Recording → Start now", KeyEvent.VK_R, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
    STOP_RECORDING("Recording → Stop now", KeyEvent.VK_T, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
    RECORDING_FOLDER("Recording → Recording folder…", KeyEvent.VK_F, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
    INJECT_DRIFT("Simulator → Inject drift", KeyEvent.VK_D, CTRL_DOWN_MASK | ALT_DOWN_MASK),
    ADD_LATENCY("Simulator → Add 250 ms latency", KeyEvent.VK_L, CTRL_DOWN_MASK | ALT_DOWN_MASK),
    DROP_CONNECTION("Simulator → Drop connection", KeyEvent.VK_X, CTRL_DOWN_MASK | ALT_DOWN_MASK),
    TOGGLE_THEME("View → Dark theme on/off", KeyEvent.VK_T, CTRL_DOWN_MASK),
    LOG_SCALE("View → Log price scale on/off", KeyEvent.VK_G, CTRL_DOWN_MASK),
    EVENT_LOG("View → Event log", KeyEvent.VK_L, CTRL_DOWN_MASK),
    LATENCY_DETAILS("View → Latency details", KeyEvent.VK_L, CTRL_DOWN_MASK | SHIFT_DOWN_MASK),
    SHORTCUTS("Help → Shortcuts", KeyEvent.VK_F1, 0),
    EMERGENCY_STOP("Emergency stop: strategies stop, no new buys or sidebets, sell (if set)", KeyEvent.VK_X,
            CTRL_DOWN_MASK | SHIFT_DOWN_MASK);

    private final String description;
    private final KeyStroke keyStroke;

    Shortcut(String description, int keyCode, int modifiers) {
        this.description = description;
        this.keyStroke = KeyStroke.getKeyStroke(keyCode, modifiers);
    }

    public String description() {
        return description;
    }

    public KeyStroke keyStroke() {
        return keyStroke;
    }

    /** The default key as a person reads it ("Ctrl+Shift+M"); the window's may be remapped ({@link Keymap}). */
    public String keyText() {
        return keyText(keyStroke);
    }

    /** A key as a person reads it ("Ctrl+Shift+M"). */
    public static String keyText(KeyStroke key) {
        String modifiers = KeyEvent.getModifiersExText(key.getModifiers());
        String name = KeyEvent.getKeyText(key.getKeyCode());
        return modifiers.isEmpty() ? name : modifiers + "+" + name;
    }
}
