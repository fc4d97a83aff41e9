package io.rugdesk.app.gui;

import java.nio.file.Path;

/** File → Open recording… and the replay bar. Thread: called on the EDT; implementations must not block. */
public interface Replays {

    void open(Path file);

    void play();

    void pause();

    void step();

    void speed(double factor);

    void close();
}
