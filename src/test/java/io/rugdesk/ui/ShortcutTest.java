package io.rugdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.Test;

class ShortcutTest {

    @Test
    void everyShortcutHasItsOwnKey() {
        assertThat(Arrays.stream(Shortcut.values()).map(Shortcut::keyStroke)).doesNotHaveDuplicates();
    }

    /** A text field keeps keys like Ctrl+A/C/V/X and Ctrl+Shift+O for itself: a shortcut must not need them. */
    @Test
    void noShortcutIsTakenByTheAmountField() {
        String[] textFieldKeys = {"ctrl A", "ctrl C", "ctrl V", "ctrl X", "ctrl Z", "ctrl H", "ctrl shift O",
            "ctrl LEFT", "ctrl RIGHT", "ctrl BACK_SPACE", "ctrl DELETE", "ENTER"};
        for (String key : textFieldKeys) {
            assertThat(Arrays.stream(Shortcut.values()).map(Shortcut::keyStroke))
                    .doesNotContain(KeyStroke.getKeyStroke(key));
        }
    }

    @Test
    void keysReadAsAPersonWouldTypeThem() {
        assertThat(Shortcut.BUY.keyText()).isEqualTo("Ctrl+B");
        assertThat(Shortcut.MAX.keyText()).isEqualTo("Ctrl+Shift+M");
        assertThat(Shortcut.SHORTCUTS.keyText()).isEqualTo("F1");
    }
}
