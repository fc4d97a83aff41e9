package io.rugdesk.ui;

import java.util.List;
import java.util.Objects;

/**
 * A label that never cuts its text with "...": it shows the whole text when its width allows, else the first of
 * its shorter forms that fits (a rounded money value marked "≈"), and then its tooltip gives the whole text. Set
 * the text with {@link #show(String, List, String)} only. Thread: EDT only.
 */
final class FittedLabel extends FittingLabel {

    private String whole;
    private List<String> shorter = List.of();
    private String explanation;

    FittedLabel(String text, int alignment) {
        super(text, alignment);
        whole = text;
    }

    /**
     * @param text         the whole text
     * @param shorterForms shorter forms, longest first (may be empty)
     * @param tooltip      the tooltip while the whole text shows (null for none); a shorter form adds the whole text
     */
    void show(String text, List<String> shorterForms, String tooltip) {
        String newText = text == null ? "" : text;
        if (newText.equals(whole) && shorterForms.equals(shorter) && Objects.equals(tooltip, explanation)) {
            return;
        }
        boolean widthChanges = !newText.equals(whole);
        whole = newText;
        shorter = List.copyOf(shorterForms);
        explanation = tooltip;
        fit();
        if (widthChanges) {
            revalidate();
        }
        repaint();
    }

    @Override
    String wholeText() {
        return whole;
    }

    @Override
    String shortestText() {
        return shorter.isEmpty() ? whole : shorter.get(shorter.size() - 1);
    }

    @Override
    String textFor(int room) {
        if (textWidth(whole) <= room) {
            return whole;
        }
        for (String form : shorter) {
            if (textWidth(form) <= room) {
                return form;
            }
        }
        return shortestText();
    }

    @Override
    void shown(String text) {
        String tip = text.equals(whole) ? explanation
                : whole + " (rounded to fit; widen the panel for every digit)"
                        + (explanation == null ? "" : " · " + explanation);
        if (!Objects.equals(tip, getToolTipText())) {
            setToolTipText(tip);
        }
    }
}
