package io.rugdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** The middle cut on its own: what shows at a given width, and the sizes a layout reads. */
class ElidedLabelTest {

    static final String FILE = "2026-11-25T20-41-12.312Z_20261125-b154c3cebadce061.jsonl.partial";

    @Test
    void cutsTheTailInTheMiddleToFitAndKeepsTheLead() {
        WindowHarness.assumeDisplay();
        GuiActionRunner.execute(() -> {
            ElidedLabel label = new ElidedLabel();
            label.setText("REC  ", FILE);
            int whole = label.getPreferredSize().width;
            label.setSize(whole, 20);
            assertThat(label.getText()).isEqualTo("REC  " + FILE);

            label.setSize(whole / 2, 20);
            String shown = label.getText();
            assertThat(shown).startsWith("REC  2026-11-25T").endsWith(".jsonl.partial").contains(ElidedLabel.ELLIPSIS);
            assertThat(width(label, shown)).isLessThanOrEqualTo(whole / 2);
            assertThat(label.getPreferredSize().width).as("preferred: the whole text, even while cut").isEqualTo(whole);

            label.setSize(label.getMinimumSize().width, 20);
            assertThat(label.getText()).isEqualTo("REC  " + ElidedLabel.ELLIPSIS);
            assertThat(label.fullText()).isEqualTo("REC  " + FILE);

            label.setText("not recording", "");
            assertThat(label.getText()).isEqualTo("not recording");
            assertThat(label.getMinimumSize().width).isEqualTo(label.getPreferredSize().width);
            return null;
        });
    }

    private static int width(ElidedLabel label, String text) {
        return SwingUtilities.computeStringWidth(label.getFontMetrics(label.getFont()), text) + label.getInsets().left
                + label.getInsets().right;
    }
}
