package io.rugdesk.ui;

import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Insets;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

/**
 * A label that picks, at every resize, a text that fits its width instead of letting Swing cut it with "...": the
 * preferred width is the whole text's, the minimum the shortest form's, so a layout can squeeze it. Subclasses say
 * what the whole text and the forms are. Thread: EDT only.
 */
abstract class FittingLabel extends JLabel {

    FittingLabel(String text, int alignment) {
        super(text, alignment);
    }

    /** The text as if there were room for all of it. */
    abstract String wholeText();

    /** The shortest text this label ever shows (its minimum width). */
    abstract String shortestText();

    /** The text to show in {@code room} pixels. */
    abstract String textFor(int room);

    /** Called after the text that shows was chosen (a tooltip may follow it). */
    void shown(String text) {
    }

    /** Every move and resize of a component ends here (setSize, setBounds(Rectangle), layout managers). */
    @Override
    public void setBounds(int x, int y, int width, int height) {
        super.setBounds(x, y, width, height);
        fit();
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension size = super.getPreferredSize();
        if (!isPreferredSizeSet()) {
            size.width += textWidth(wholeText()) - textWidth(getText());
        }
        return size;
    }

    @Override
    public Dimension getMinimumSize() {
        if (isMinimumSizeSet()) {
            return super.getMinimumSize();
        }
        Dimension size = getPreferredSize();
        size.width -= textWidth(wholeText()) - textWidth(shortestText());
        return size;
    }

    /** Chooses the text that fits the current width; nothing before the label has a font and a size. */
    final void fit() {
        if (getFont() == null) {
            return;
        }
        String shown = getWidth() <= 0 ? wholeText() : textFor(textRoom());
        if (!shown.equals(getText())) {
            super.setText(shown);
        }
        shown(shown);
    }

    /** The width left for text once the insets and the icon are taken. */
    private int textRoom() {
        Insets insets = getInsets();
        Icon icon = getIcon();
        int iconWidth = icon == null ? 0 : icon.getIconWidth() + getIconTextGap();
        return getWidth() - insets.left - insets.right - iconWidth;
    }

    final int textWidth(String text) {
        if (text == null || text.isEmpty() || getFont() == null) {
            return 0;
        }
        FontMetrics metrics = getFontMetrics(getFont());
        return SwingUtilities.computeStringWidth(metrics, text);
    }
}
