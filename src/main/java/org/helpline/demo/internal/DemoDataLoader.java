package org.helpline.demo.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data once: the {@link DemoCast}, then its {@link DemoHistory} unless {@code
 * helpline.demo.history-days} is 0. It runs as the application starts, after every bean is ready
 * and before the web server, the outbox worker and the other workers start ({@link #getPhase}), so
 * nobody sees a half-written history and the workers do not compete with it for the processor; the
 * application is ready only when it is done. A second start finds the organisation admin and leaves
 * everything as it is, so changes made while trying Helpline survive restarts and no history is
 * written twice.
 */
@Component
@ConditionalOnProperty(name = "helpline.demo-data", havingValue = "true")
class DemoDataLoader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoCast cast;
    private final ObjectProvider<DemoHistory> history;
    private volatile boolean running;

    DemoDataLoader(DemoCast cast, ObjectProvider<DemoHistory> history) {
        this.cast = cast;
        this.history = history;
    }

    @Override
    public void start() {
        running = true;
        if (cast.loaded()) {
            return;
        }
        var loaded = cast.load();
        history.ifAvailable(past -> past.write(loaded));
        log.info("Loaded the demo data: sign in with any demo login and the password 'demo'");
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server (its phase is {@code DEFAULT_PHASE - 2048}) and every worker. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
