package io.rugdesk.event;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bus subscriptions (and other handles, such as a periodic task) of one component, closed together.
 * Closing never throws: a handle that fails to close is logged and the others are still closed.
 *
 * <p>Thread: the thread that owns the component (usually the domain thread).
 */
public final class Subscriptions implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);

    private final List<AutoCloseable> handles = new ArrayList<>();

    /** Keeps {@code handle} to be closed with the others; returns it. */
    public <T extends AutoCloseable> T add(T handle) {
        handles.add(handle);
        return handle;
    }

    /** Number of handles still held. */
    public int size() {
        return handles.size();
    }

    @Override
    public void close() {
        for (AutoCloseable handle : handles) {
            try {
                handle.close();
            } catch (Exception e) {
                LOG.warn("could not close {}", handle, e);
            }
        }
        handles.clear();
    }
}
