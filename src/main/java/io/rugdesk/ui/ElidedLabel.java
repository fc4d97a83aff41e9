package io.rugdesk.ui;

/**
 * A label showing a fixed lead ("REC  ") and a tail that is cut in the middle ("2026-11-25T20…061.jsonl.partial")
 * when the label gets less width than the whole text needs; the lead always shows. The preferred width is that of
 * the whole text and the minimum that of the lead and an ellipsis, so a layout can squeeze it to fit a row. Set
 * the text with {@link #setText(String, String)} only. Thread: EDT only.
 */
final class ElidedLabel extends FittingLabel {

    static final String ELLIPSIS = "…";

    private String lead = "";
    private String tail = "";

    ElidedLabel() {
        super("", LEADING);
    }

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
        return wholeText();
    }

    @Override
    String wholeText() {
        return lead + tail;
    }

    @Override
    String shortestText() {
        return tail.isEmpty() ? lead : lead + ELLIPSIS;
    }

    /** {@code lead + tail} if it fits {@code room}, else lead + the most of tail's two ends around an ellipsis. */
    @Override
    String textFor(int room) {
        String whole = wholeText();
        if (tail.isEmpty() || textWidth(whole) <= room) {
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
}
