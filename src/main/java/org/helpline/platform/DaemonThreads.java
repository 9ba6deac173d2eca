package org.helpline.platform;

import java.util.concurrent.ThreadFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/** Threads of a module's own background work, named for thread dumps, that never keep the JVM alive. */
public final class DaemonThreads {

    private DaemonThreads() {}

    /** Threads named {@code prefix} followed by their number: {@code outbox-1}, {@code outbox-2}. */
    public static ThreadFactory named(String prefix) {
        var threads = new CustomizableThreadFactory(prefix);
        threads.setDaemon(true);
        return threads;
    }
}
