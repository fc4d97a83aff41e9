package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.DriftState;
import io.rugdesk.ui.UiSnapshot.Health;
import java.awt.Color;

/** The few signal colours, readable on both the light and the dark theme. Thread: any (constants). */
final class Palette {

    static final Color GREEN = Color.decode("#2e9d4f");
    static final Color AMBER = Color.decode("#d08a00");
    static final Color RED = Color.decode("#d0453a");
    static final Color GREY = Color.decode("#8a8f98");
    static final Color BLUE = Color.decode("#3f6fd8");

    private Palette() {
    }

    static Color of(Health health) {
        return switch (health) {
            case HEALTHY -> GREEN;
            case DEGRADED -> AMBER;
            case STALE -> RED;
            case DISCONNECTED -> GREY;
        };
    }

    static Color of(DriftState state) {
        return switch (state) {
            case IN_SYNC -> GREEN;
            case WITHIN_TOLERANCE -> AMBER;
            case DRIFT -> RED;
            case UNVERIFIED -> GREY;
        };
    }
}
