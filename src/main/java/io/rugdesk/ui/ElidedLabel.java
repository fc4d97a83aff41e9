package io.rugdesk.ui;

import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Insets;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

/**
 * A label showing a fixed lead ("REC  ") and a tail that is cut in the middle ("2026-11-25T20…061.jsonl.partial")
 * when the label gets less width than the whole text needs; the lead always shows. The preferred width is that of
 * the whole text and the minimum that of the lead and an ellipsis, so a layout can squeeze it to fit a row. Set
 * the text with {@link #setText(String, String)} only. Thread: EDT only.
 */
final class ElidedLabel extends JLabel {

    static final String ELLIPSIS = "…";

    private String lead = "";
    private String tail = "";

    /** Shows {@code lead + tail}, cutting {@code tail} in the middle when the label is too narrow for both. */
    void setText(String lead, String tail) {
        String newLead = lead == null ? "" : lead;
        String newTail = tail == null ? "" : tail;
        if (newLead.equals(this.lead) && newTail.equals(this.tail)) {
            return;
        }
        this.lead = newLead;
        this.tail = newTail;
        super.setText(this.lead + this.tail);
        fit();
        revalidate();
        repaint();
    }

    /** The whole text, as if there were room for it. */
    String fullText() {
        return lead + tail;
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
            size.width += textWidth(fullText()) - textWidth(getText());
        }
        return size;
    }

    @Override
    public Dimension getMinimumSize() {
        if (isMinimumSizeSet()) {
            return super.getMinimumSize();
        }
        Dimension size = getPreferredSize();
        size.width -= textWidth(fullText()) - textWidth(tail.isEmpty() ? lead : lead + ELLIPSIS);
        return size;
    }

    /** Chooses the text that fits the current width; no change while nothing needs cutting or no font is set. */
    private void fit() {
        if (getFont() == null || tail.isEmpty()) {
            return;
        }
        String shown = elide(textRoom());
        if (!shown.equals(getText())) {
            super.setText(shown);
        }
    }

    /** The width left for text once the insets and the icon are taken. */
    private int textRoom() {
        Insets insets = getInsets();
        Icon icon = getIcon();
        int iconWidth = icon == null ? 0 : icon.getIconWidth() + getIconTextGap();
        return getWidth() - insets.left - insets.right - iconWidth;
    }

    /** {@code lead + tail} if it fits {@code room}, else lead + the most of tail's two ends around an ellipsis. */
    private String elide(int room) {
        String whole = fullText();
        if (textWidth(whole) <= room) {
            return whole;
        }
        int[] points = tail.codePoints().toArray();
        int low = 0;
        int high = points.length - 1;
        while (low < high) {
            int keep = (low + high + 1) / 2;
            if (textWidth(cut(points, keep)) <= room) {
                low = keep;
            } else {
                high = keep - 1;
            }
        }
        return cut(points, low);
    }

    /** lead + the first and last code points of the tail, {@code keep} in all (the end gets the odd one). */
    private String cut(int[] points, int keep) {
        int head = keep / 2;
        int end = keep - head;
        return lead + new String(points, 0, head) + ELLIPSIS + new String(points, points.length - end, end);
    }

    private int textWidth(String text) {
        if (text == null || text.isEmpty() || getFont() == null) {
            return 0;
        }
        FontMetrics metrics = getFontMetrics(getFont());
        return SwingUtilities.computeStringWidth(metrics, text);
    }
}
