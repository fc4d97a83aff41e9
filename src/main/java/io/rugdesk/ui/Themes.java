package io.rugdesk.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.UIManager;

/** FlatLaf light and dark. Thread: EDT only (changes the look and feel of every window). */
public final class Themes {

    private Themes() {
    }

    /** Installs the theme; call before creating the window, or use {@link #switchTo} afterwards. */
    public static void install(boolean dark) {
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Installs the theme and repaints every open window with it. */
    static void switchTo(boolean dark) {
        install(dark);
        FlatLaf.updateUI();
    }

    static boolean isDark() {
        return UIManager.getLookAndFeel() instanceof FlatLaf flat && flat.isDark();
    }
}
