package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.Notice;
import io.rugdesk.ui.UiSnapshot.NoticeLevel;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.Timer;

/**
 * Short non-blocking messages: a coloured row under the indicator bar that fades out after a few seconds and then
 * gives its room back; never a modal dialog. A row of its own, not a label floating over the window: floating, it
 * covered the account table's header (issue 14). Each snapshot notice id is shown once. Thread: EDT only.
 */
final class NoticeToast extends JLabel {

    private static final int VISIBLE_MS = 4000;
    private static final int FADE_MS = 800;
    private static final int STEP_MS = 50;

    private final Timer fade;
    private long lastShownId = Long.MIN_VALUE;
    private long shownAt;
    private float alpha;

    NoticeToast() {
        setName("noticeLabel");
        setOpaque(false);
        setForeground(Color.WHITE);
        setBorder(BorderFactory.createEmptyBorder(5, 14, 5, 14));
        setVisible(false);
        fade = new Timer(STEP_MS, e -> step());
    }

    /** Shows the newest notice not shown yet (older unseen ones are in the event log anyway). */
    void show(List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        Notice newest = notices.get(notices.size() - 1);
        if (newest.id() > lastShownId) {
            lastShownId = newest.id();
            show(newest.level(), newest.text());
        }
    }

    /** A notice made by the window itself (e.g. "Recordings folder unknown"). */
    void show(NoticeLevel level, String text) {
        setText(text);
        setBackground(switch (level) {
            case INFO -> Palette.BLUE;
            case WARNING -> Palette.AMBER;
            case ERROR -> Palette.RED;
        });
        setToolTipText(text);
        alpha = 1f;
        shownAt = System.currentTimeMillis();
        setVisible(true);
        if (getParent() != null) {
            getParent().revalidate();
        }
        fade.restart();
    }

    private void step() {
        long age = System.currentTimeMillis() - shownAt;
        if (age < VISIBLE_MS) {
            return;
        }
        alpha = Math.max(0f, 1f - (age - VISIBLE_MS) / (float) FADE_MS);
        if (alpha <= 0f) {
            fade.stop();
            setVisible(false);
            if (getParent() != null) {
                getParent().revalidate();
            }
        }
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha * 0.92f));
        g2.setColor(getBackground());
        g2.fillRect(0, 0, getWidth(), getHeight());
        g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
        super.paintComponent(g2);
        g2.dispose();
    }
}
