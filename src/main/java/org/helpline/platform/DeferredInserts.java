package org.helpline.platform;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Inserts sent to the database together. Inside {@link #together}, {@link #insert} queues the
 * statement, and the queue is sent, in the order it was queued, before the next other statement
 * of the thread or when the work is done: on PostgreSQL as one prepared statement holding them all
 * (its driver sends them in one round trip), elsewhere one by one. Outside, {@code insert} runs at
 * once.
 *
 * <p>The application's {@link JdbcTemplate}, which its {@code JdbcClient} and
 * {@code NamedParameterJdbcTemplate} run on, is a {@link FlushingJdbcTemplate}: it sends the queue
 * before each statement of its own, so a read always sees what was queued before it and no
 * repository has to remember to. A failing insert fails when the queue is sent, still inside its
 * transaction. Intake, the busiest write, files each request this way.
 */
@Component
public class DeferredInserts {

    private record Queued(String sql, Object[] arguments) {}

    /** A statement as written, and as sent when no parameter is a list (which would expand to several). */
    private record Parsed(ParsedSql named, String positional) {}

    /** A plain template: sending the queue must not send the queue first. */
    private final JdbcTemplate jdbc;

    private final ThreadLocal<List<Queued>> queue = new ThreadLocal<>();
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    /** Statements sent together, joined: the same text object each time, which the driver finds in its cache at once. */
    private final Cache<List<String>, String> joined = Caches.local(1_000);

    private volatile Boolean oneRoundTrip;

    DeferredInserts(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Runs {@code sql} with named parameters now, or at the end of the enclosing {@link #together}. */
    public void insert(String sql, SqlParameterSource parameters) {
        var statement = parsed.computeIfAbsent(sql, DeferredInserts::parse);
        var arguments = NamedParameterUtils.buildValueArray(statement.named(), parameters, null);
        var queued = new Queued(
                anyList(arguments)
                        ? NamedParameterUtils.substituteNamedParameters(statement.named(), parameters)
                        : statement.positional(),
                arguments);
        var pending = queue.get();
        if (pending == null) {
            send(List.of(queued));
        } else {
            pending.add(queued);
        }
    }

    /**
     * Runs {@code work} with its inserts queued, then sends them; nested calls join the outer one.
     * Call inside the transaction the inserts belong to.
     */
    public <T> T together(Supplier<T> work) {
        if (queue.get() != null) {
            return work.get();
        }
        var pending = new ArrayList<Queued>();
        queue.set(pending);
        try {
            var result = work.get();
            send(pending);
            return result;
        } finally {
            queue.remove();
        }
    }

    /** Sends what is queued so far, so that the statement that follows sees it; outside {@link #together}, nothing. */
    void flush() {
        var pending = queue.get();
        if (pending != null && !pending.isEmpty()) {
            var statements = List.copyOf(pending);
            pending.clear();
            send(statements);
        }
    }

    private static Parsed parse(String sql) {
        var named = NamedParameterUtils.parseSqlStatement(sql);
        return new Parsed(named, NamedParameterUtils.substituteNamedParameters(named, null));
    }

    private static boolean anyList(Object[] arguments) {
        for (var argument : arguments) {
            var value = argument instanceof SqlParameterValue typed ? typed.getValue() : argument;
            if (value instanceof Iterable<?>
                    || value != null && value.getClass().isArray()) {
                return true;
            }
        }
        return false;
    }

    private void send(List<Queued> statements) {
        if (statements.isEmpty()) {
            return;
        }
        if (statements.size() == 1 || !oneRoundTrip()) {
            statements.forEach(statement ->
                    jdbc.update(statement.sql(), new ArgumentPreparedStatementSetter(statement.arguments())));
            return;
        }
        var texts = new ArrayList<String>(statements.size());
        var arguments = new ArrayList<Object>();
        for (var statement : statements) {
            texts.add(statement.sql());
            arguments.addAll(Arrays.asList(statement.arguments()));
        }
        var sql = joined.get(texts, parts -> String.join(";\n", parts));
        jdbc.update(sql, new ArgumentPreparedStatementSetter(arguments.toArray()));
    }

    private boolean oneRoundTrip() {
        var known = oneRoundTrip;
        if (known == null) {
            // on the connection at hand: inside a transaction, another one from the pool might not come
            known = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>)
                    connection -> connection.getMetaData().getDatabaseProductName()));
            oneRoundTrip = known;
        }
        return known;
    }
}
