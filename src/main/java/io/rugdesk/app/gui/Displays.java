package io.rugdesk.app.gui;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;

/** Whether a window can be opened here. Thread: any. */
public final class Displays {

    private Displays() {
    }

    /** True when AWT is not headless and the display answers with at least one screen. */
    public static boolean usable() {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        try {
            return GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length > 0;
        } catch (AWTError | LinkageError e) {
            return false;
        }
    }

    /** Why there is no display, for the error message. */
    public static String why() {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            return "DISPLAY is not set";
        }
        return GraphicsEnvironment.isHeadless() ? "Java runs headless" : "the display " + display + " does not answer";
    }
}
