package io.rugdesk.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays the visible components out in one row that never wraps, left to right, each at its preferred width and
 * centred vertically. When the row is too narrow, the components named squeezable give up width, the widest
 * first, so that squeezed ones end up equally wide, never below their minimum width; the others always get their
 * preferred width. (FlowLayout wraps to a second row that its container's preferred height does not include, so
 * the wrapped components are there but out of sight.) Thread: EDT only, like all layout.
 */
final class OneRowLayout implements LayoutManager {

    private final int hgap;
    private final int vgap;
    private final List<Component> squeezable;

    OneRowLayout(int hgap, int vgap, Component... squeezable) {
        this.hgap = hgap;
        this.vgap = vgap;
        this.squeezable = List.of(squeezable);
    }

    @Override
    public void addLayoutComponent(String name, Component comp) {
    }

    @Override
    public void removeLayoutComponent(Component comp) {
    }

    @Override
    public Dimension preferredLayoutSize(Container parent) {
        return size(parent, false);
    }

    @Override
    public Dimension minimumLayoutSize(Container parent) {
        return size(parent, true);
    }

    private Dimension size(Container parent, boolean minimum) {
        List<Component> row = visible(parent);
        int width = hgap * (row.size() + 1);
        int height = 0;
        for (Component c : row) {
            Dimension preferred = c.getPreferredSize();
            width += minimum && squeezable.contains(c) ? c.getMinimumSize().width : preferred.width;
            height = Math.max(height, preferred.height);
        }
        Insets insets = parent.getInsets();
        return new Dimension(width + insets.left + insets.right, height + 2 * vgap + insets.top + insets.bottom);
    }

    @Override
    public void layoutContainer(Container parent) {
        List<Component> row = visible(parent);
        int[] widths = new int[row.size()];
        int total = hgap * (row.size() + 1);
        for (int i = 0; i < widths.length; i++) {
            widths[i] = row.get(i).getPreferredSize().width;
            total += widths[i];
        }
        Insets insets = parent.getInsets();
        squeeze(row, widths, total - (parent.getWidth() - insets.left - insets.right));
        int rowHeight = parent.getHeight() - insets.top - insets.bottom;
        int x = insets.left + hgap;
        for (int i = 0; i < widths.length; i++) {
            Component c = row.get(i);
            int height = Math.min(c.getPreferredSize().height, Math.max(0, rowHeight - 2 * vgap));
            c.setBounds(x, insets.top + (rowHeight - height) / 2, widths[i], height);
            x += widths[i] + hgap;
        }
    }

    /**
     * Takes {@code shortBy} pixels off the squeezable components' widths by capping them all at one width, the
     * largest cap that frees enough (each stays at least at its minimum); pixels the cap takes beyond
     * {@code shortBy} are handed back one each.
     */
    private void squeeze(List<Component> row, int[] widths, int shortBy) {
        if (shortBy <= 0) {
            return;
        }
        List<Integer> indexes = new ArrayList<>();
        for (Component c : squeezable) {
            if (row.contains(c)) {
                indexes.add(row.indexOf(c));
            }
        }
        int[] minimums = new int[widths.length];
        int widest = 0;
        for (int i : indexes) {
            minimums[i] = Math.min(widths[i], row.get(i).getMinimumSize().width);
            widest = Math.max(widest, widths[i]);
        }
        int low = 0;
        int high = widest;
        while (low < high) {
            int cap = (low + high + 1) / 2;
            if (freed(indexes, widths, minimums, cap) >= shortBy) {
                low = cap;
            } else {
                high = cap - 1;
            }
        }
        int excess = freed(indexes, widths, minimums, low) - Math.min(shortBy, freed(indexes, widths, minimums, 0));
        for (int i : indexes) {
            int capped = Math.max(minimums[i], Math.min(widths[i], low));
            if (excess > 0 && capped == low && capped < widths[i]) {
                capped++;
                excess--;
            }
            widths[i] = capped;
        }
    }

    private static int freed(List<Integer> indexes, int[] widths, int[] minimums, int cap) {
        int freed = 0;
        for (int i : indexes) {
            freed += widths[i] - Math.max(minimums[i], Math.min(widths[i], cap));
        }
        return freed;
    }

    private static List<Component> visible(Container parent) {
        List<Component> row = new ArrayList<>();
        for (Component c : parent.getComponents()) {
            if (c.isVisible()) {
                row.add(c);
            }
        }
        return row;
    }
}
