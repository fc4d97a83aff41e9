package io.rugdesk.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.Toolkit;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's icon, drawn with Java2D at any size (a price line that climbs and then rugs, on a dark tile), and its
 * name in the window manager. The same drawing gives the window's icons and, through the app, the PNG the
 * installer uses. Thread: any for {@link #draw}, {@link #prepareWindowIcons} and {@link #windowIcons};
 * {@link #nameForWindowManager} on the EDT before the first window.
 */
public final class AppIcon {

    /** The name the window manager groups the windows under (X11 WM_CLASS), and the installers' name. */
    public static final String WINDOW_CLASS = "Rugdesk";
    private static final Logger LOG = LoggerFactory.getLogger(AppIcon.class);
    private static final int[] WINDOW_SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static CompletableFuture<List<Image>> prepared;

    private AppIcon() {
    }

    /** The icon as a {@code size}×{@code size} image with transparent corners. */
    public static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double s = size;
            g.setPaint(new GradientPaint(0, 0, new Color(0x24, 0x2a, 0x36), 0, size, new Color(0x12, 0x15, 0x1c)));
            g.fill(new RoundRectangle2D.Double(0, 0, s, s, s * 0.28, s * 0.28));
            Path2D.Double climb = new Path2D.Double();
            climb.moveTo(s * 0.16, s * 0.74);
            climb.lineTo(s * 0.34, s * 0.60);
            climb.lineTo(s * 0.46, s * 0.66);
            climb.lineTo(s * 0.64, s * 0.34);
            climb.lineTo(s * 0.72, s * 0.22);
            g.setStroke(new BasicStroke((float) Math.max(1.5, s * 0.085), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.setColor(Palette.GREEN.brighter());
            g.draw(climb);
            Path2D.Double rug = new Path2D.Double();
            rug.moveTo(s * 0.72, s * 0.22);
            rug.lineTo(s * 0.80, s * 0.80);
            g.setColor(Palette.RED.brighter());
            g.draw(rug);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Starts drawing the window icons on a thread of their own, so that {@link #windowIcons()} on the EDT finds
     * them drawn (the app calls it first thing: drawing them anti-aliased took the EDT tens of milliseconds of a
     * cold start). Any thread; a second call does nothing.
     */
    public static synchronized void prepareWindowIcons() {
        if (prepared == null) {
            prepared = CompletableFuture.supplyAsync(AppIcon::drawWindowIcons, job -> {
                Thread drawer = new Thread(job, "rugdesk-icon-drawing");
                drawer.setDaemon(true);
                drawer.start();
            });
        }
    }

    /** The window icons at the sizes desktops ask for (title bar, task bar, switcher). */
    public static List<Image> windowIcons() {
        CompletableFuture<List<Image>> early;
        synchronized (AppIcon.class) {
            early = prepared;
        }
        return early == null ? drawWindowIcons() : early.join();
    }

    private static List<Image> drawWindowIcons() {
        Image[] icons = new Image[WINDOW_SIZES.length];
        for (int i = 0; i < WINDOW_SIZES.length; i++) {
            icons[i] = draw(WINDOW_SIZES[i]);
        }
        return List.of(icons);
    }

    /**
     * Names the app {@value #WINDOW_CLASS} in the X11 window manager (WM_CLASS), which otherwise shows the main
     * class ("io-rugdesk-app-Main"). AWT keeps that name in a private field of its X11 toolkit: it needs
     * {@code --add-opens java.desktop/sun.awt.X11=ALL-UNNAMED} (the jar's manifest and the launcher give it);
     * without it, or on another toolkit, nothing changes.
     */
    public static void nameForWindowManager() {
        Toolkit toolkit = Toolkit.getDefaultToolkit();
        if (!"sun.awt.X11.XToolkit".equals(toolkit.getClass().getName())) {
            return;
        }
        try {
            Field name = toolkit.getClass().getDeclaredField("awtAppClassName");
            name.setAccessible(true);
            name.set(null, WINDOW_CLASS);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("the window manager keeps the default class name: {}", e.toString());
        }
    }
}
