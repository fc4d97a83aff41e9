package io.rugdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import javax.swing.SwingConstants;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** A money cell too narrow for its digits rounds visibly ("≈") and keeps every digit in its tooltip. */
class FittedLabelTest {

    @Test
    void roundedFormsAreMarkedAndShorter() {
        assertThat(MoneyFormat.rounded("9.998480123")).containsExactly("\u22489.998480", "\u22489.9985",
                "\u224810.00");
        assertThat(MoneyFormat.rounded("\u22120.001600012")).containsExactly("\u2248\u22120.001600",
                "\u2248\u22120.0016", "\u2248\u22120.00");
        assertThat(MoneyFormat.rounded("1.500")).as("nothing to round").isEmpty();
        assertThat(MoneyFormat.rounded("—")).isEmpty();
    }

    @Test
    void showsTheWholeValueWhenItFitsElseARoundedOneWithTheWholeValueInTheTooltip() {
        WindowHarness.assumeDisplay();
        GuiActionRunner.execute(() -> {
            FittedLabel label = new FittedLabel("—", SwingConstants.TRAILING);
            label.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
            label.show("9.998480123", MoneyFormat.rounded("9.998480123"), null);
            int whole = label.getPreferredSize().width;
            label.setSize(whole, 20);
            assertThat(label.getText()).isEqualTo("9.998480123");
            assertThat(label.getToolTipText()).isNull();

            label.setSize(whole - 12, 20);
            assertThat(label.getText()).isEqualTo("\u22489.998480");
            assertThat(label.getToolTipText()).startsWith("9.998480123 (rounded to fit");
            assertThat(label.getPreferredSize().width).as("preferred: the whole value").isEqualTo(whole);

            label.setSize(label.getMinimumSize().width, 20);
            assertThat(label.getText()).isEqualTo("\u224810.00");
            assertThat(label.wholeText()).isEqualTo("9.998480123");
            return null;
        });
    }
}
