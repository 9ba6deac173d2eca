package org.helpline.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Listens, on a PostgreSQL connection of its own outside the pool, for the evictions that the other
 * nodes send, and applies them to this node's {@link Caches}. When the connection breaks it
 * connects again, and then forgets every shared entry, since what was sent meanwhile is lost.
 */
@Component
class CacheListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CacheListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final long RECONNECT_AFTER_MILLIS = 1_000;
    private static final long STOP_WAIT_MILLIS = 5_000;

    private final Caches caches;
    private final String url;
    private final String user;
    private final String password;
    private volatile Thread thread;

    CacheListener(Caches caches, Environment environment) {
        this.caches = caches;
        this.url = environment.getProperty("spring.datasource.url", "");
        this.user = environment.getProperty("spring.datasource.username");
        this.password = environment.getProperty("spring.datasource.password");
    }

    static boolean onPostgres(Environment environment) {
        return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
    }

    @Override
    public void start() {
        if (!caches.acrossNodes()) {
            return;
        }
        var listening = new Thread(this::listen, "helpline-cache-listener");
        listening.setDaemon(true);
        thread = listening;
        listening.start();
    }

    @Override
    public void stop() {
        var listening = thread;
        thread = null;
        if (listening == null) {
            return;
        }
        listening.interrupt();
        try {
            listening.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void listen() {
        while (thread == Thread.currentThread()) {
            try (var connection = DriverManager.getConnection(url, user, password)) {
                listenOn(connection);
            } catch (SQLException e) {
                if (thread == Thread.currentThread()) {
                    log.warn("Cache evictions from other nodes are not received; connecting again", e);
                    pause();
                }
            }
        }
    }

    private void listenOn(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("listen " + Caches.CHANNEL);
        }
        caches.forgetAll();
        var notifications = connection.unwrap(PGConnection.class);
        while (thread == Thread.currentThread()) {
            for (var notification : notifications.getNotifications(WAIT_MILLIS)) {
                caches.received(notification.getParameter());
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
