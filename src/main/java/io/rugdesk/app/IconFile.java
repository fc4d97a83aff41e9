package io.rugdesk.app;

import io.rugdesk.ui.AppIcon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes the app's icon ({@link AppIcon}, drawn with Java2D) as a PNG for the installers:
 * {@code java -Djava.awt.headless=true -cp rugdesk.jar io.rugdesk.app.IconFile OUT.png [SIZE]}, run by
 * {@code scripts/package.sh}. One drawing for the window and the desktop, nothing downloaded or committed as a
 * binary. Thread: main thread.
 */
public final class IconFile {

    private static final int DEFAULT_SIZE = 256;

    private IconFile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: IconFile OUT.png [SIZE]");
            System.exit(2);
        }
        write(Path.of(args[0]), args.length == 2 ? Integer.parseInt(args[1]) : DEFAULT_SIZE);
    }

    static void write(Path file, int size) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(AppIcon.draw(size), "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
