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

    /** Until a replayer is wired in: every action says so in a notice. */
    static Replays unavailable(GuiSessions sessions) {
        Runnable tell = () -> sessions.notice(io.rugdesk.ui.UiSnapshot.NoticeLevel.WARNING,
                "Replaying recordings is not available yet in this build");
        return new Replays() {
            @Override
            public void open(Path file) {
                tell.run();
            }

            @Override
            public void play() {
                tell.run();
            }

            @Override
            public void pause() {
                tell.run();
            }

            @Override
            public void step() {
                tell.run();
            }

            @Override
            public void speed(double factor) {
                tell.run();
            }

            @Override
            public void close() {
                tell.run();
            }
        };
    }
}
