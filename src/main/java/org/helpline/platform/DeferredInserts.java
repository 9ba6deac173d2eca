package org.helpline.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Inserts that nothing reads before the transaction ends, sent to the database together. Inside
 * {@link #together}, {@link #insert} queues the statement, and the queue is sent when the work is
 * done, in the order it was queued: on PostgreSQL as one prepared statement holding them all (its
 * driver sends them in one round trip), elsewhere one by one. Outside, {@code insert} runs at once.
 *
 * <p>Rows belong here when nothing reads them before the work ends (timeline, history and audit
 * entries, outbox messages), or when the repository that queues them calls {@link #flush} before
 * it reads or changes their table (a new request, its SLA clocks and timer). A failing insert fails
 * when the queue is sent, still inside its transaction. Intake, the busiest write, files each
 * request this way.
 */
@Component
public class DeferredInserts {

    private record Queued(String sql, Object[] arguments) {}

    private final JdbcTemplate jdbc;
    private final ThreadLocal<List<Queued>> queue = new ThreadLocal<>();
    private final Map<String, ParsedSql> parsed = new ConcurrentHashMap<>();
    private volatile Boolean oneRoundTrip;

    DeferredInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code sql} with named parameters now, or at the end of the enclosing {@link #together}. */
    public void insert(String sql, SqlParameterSource parameters) {
        var statement = parsed.computeIfAbsent(sql, NamedParameterUtils::parseSqlStatement);
        var queued = new Queued(
                NamedParameterUtils.substituteNamedParameters(statement, parameters),
                NamedParameterUtils.buildValueArray(statement, parameters, null));
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

    /** Sends what is queued so far, so that the reads that follow see it; outside {@link #together}, nothing. */
    public void flush() {
        var pending = queue.get();
        if (pending != null && !pending.isEmpty()) {
            var statements = List.copyOf(pending);
            pending.clear();
            send(statements);
        }
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
        var sql = new StringBuilder();
        var arguments = new ArrayList<Object>();
        for (var statement : statements) {
            sql.append(statement.sql()).append(";\n");
            arguments.addAll(Arrays.asList(statement.arguments()));
        }
        jdbc.update(sql.toString(), new ArgumentPreparedStatementSetter(arguments.toArray()));
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
