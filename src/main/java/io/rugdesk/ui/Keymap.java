package io.rugdesk.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.Preferences;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;

/**
 * The keys of the window's shortcuts: {@link Shortcut}'s defaults, with the trading keys (BUY, SELL %, SIDEBET and
 * the amount buttons) remappable in Help → Shortcuts and remembered in the preferences node ("key.BUY" =
 * "ctrl pressed B"). A key may serve one shortcut only. Thread: EDT only.
 */
final class Keymap {

    /** What a user may remap: the trading panel's keys. Menu accelerators keep their keys. */
    static final Set<Shortcut> REMAPPABLE = EnumSet.of(Shortcut.BUY, Shortcut.SELL_10, Shortcut.SELL_25,
            Shortcut.SELL_50, Shortcut.SELL_100, Shortcut.SIDEBET, Shortcut.PLUS_0_001, Shortcut.PLUS_0_01,
            Shortcut.PLUS_0_1, Shortcut.HALF, Shortcut.DOUBLE, Shortcut.MAX, Shortcut.CLEAR);

    private final Preferences node;
    private final Map<Shortcut, KeyStroke> keys = new EnumMap<>(Shortcut.class);

    Keymap(Preferences node) {
        this.node = node;
        for (Shortcut shortcut : Shortcut.values()) {
            KeyStroke saved = REMAPPABLE.contains(shortcut) ? KeyStroke.getKeyStroke(node.get(prefKey(shortcut), ""))
                    : null;
            keys.put(shortcut, saved != null ? saved : shortcut.keyStroke());
        }
    }

    KeyStroke keyStroke(Shortcut shortcut) {
        return keys.get(shortcut);
    }

    String keyText(Shortcut shortcut) {
        return Shortcut.keyText(keys.get(shortcut));
    }

    /** The shortcut that already uses {@code key}, if any. */
    Optional<Shortcut> user(KeyStroke key) {
        return keys.entrySet().stream().filter(e -> e.getValue().equals(key)).map(Map.Entry::getKey).findFirst();
    }

    /**
     * Gives {@code shortcut} the key {@code key} and remembers it; returns why not, or null when done. Refused: a
     * shortcut that is not remappable, a key another shortcut uses, and a key one types into the amount field (a
     * plain letter or digit, Ctrl+A/C/V/X/Z…, Enter), which would trade while typing.
     */
    String remap(Shortcut shortcut, KeyStroke key) {
        if (!REMAPPABLE.contains(shortcut)) {
            return shortcut.description() + " keeps its key";
        }
        Optional<Shortcut> taken = user(key);
        if (taken.isPresent() && taken.get() != shortcut) {
            return Shortcut.keyText(key) + " is already " + taken.get().description();
        }
        if (typedIntoTheAmountField(key)) {
            return Shortcut.keyText(key) + " is typed into the amount field; use Ctrl or Alt with it, or a function key";
        }
        keys.put(shortcut, key);
        node.put(prefKey(shortcut), key.toString());
        return null;
    }

    private static boolean typedIntoTheAmountField(KeyStroke key) {
        int code = key.getKeyCode();
        boolean functionKey = code >= KeyEvent.VK_F1 && code <= KeyEvent.VK_F12 || code == KeyEvent.VK_ESCAPE;
        boolean control = (key.getModifiers() & (InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK)) != 0;
        boolean editingKey = Set.of(KeyEvent.VK_A, KeyEvent.VK_C, KeyEvent.VK_V, KeyEvent.VK_X, KeyEvent.VK_Z,
                KeyEvent.VK_H, KeyEvent.VK_LEFT, KeyEvent.VK_RIGHT, KeyEvent.VK_BACK_SPACE, KeyEvent.VK_DELETE)
                .contains(code) && (key.getModifiers() & InputEvent.ALT_DOWN_MASK) == 0;
        return code == KeyEvent.VK_ENTER || !functionKey && !control || control && editingKey;
    }

    /** Every remappable key back to its default. */
    void resetAll() {
        for (Shortcut shortcut : REMAPPABLE) {
            keys.put(shortcut, shortcut.keyStroke());
            node.remove(prefKey(shortcut));
        }
    }

    private static String prefKey(Shortcut shortcut) {
        return "key." + shortcut.name();
    }
}
