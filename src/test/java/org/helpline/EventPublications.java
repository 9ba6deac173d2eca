package org.helpline;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The event publication registry as a test's positive signal: a check that something did not
 * happen waits until the listener has finished with the events first, instead of sleeping for a
 * guessed time that a busy machine may outlast.
 */
public final class EventPublications {

    private EventPublications() {}

    /** How many events of {@code type} naming {@code id} were published; recorded in the publishing transaction. */
    public static long published(JdbcClient jdbc, Class<?> type, Object id) {
        return jdbc.sql("""
                select count(distinct serialized_event) from event_publication
                where event_type = :type and serialized_event like :id
                """)
                .param("type", type.getName())
                .param("id", "%" + id + "%")
                .query(Long.class)
                .single();
    }

    /**
     * Waits up to 30 s until {@code listener} (a part of its class name) completed {@code count} publications of
     * {@code type} naming {@code id}: the listeners share the application's task executor with every other
     * module's, which may still work off earlier tests' events.
     */
    public static void awaitCompleted(JdbcClient jdbc, String listener, Class<?> type, Object id, int count) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> completed(jdbc, listener, type, id) >= count);
    }

    private static long completed(JdbcClient jdbc, String listener, Class<?> type, Object id) {
        return jdbc.sql("""
                select count(*) from event_publication
                where listener_id like :listener and event_type = :type and serialized_event like :id
                and completion_date is not null
                """)
                .param("listener", "%" + listener + "%")
                .param("type", type.getName())
                .param("id", "%" + id + "%")
                .query(Long.class)
                .single();
    }
}
