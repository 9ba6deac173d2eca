package org.helpline.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpline.notify.DeliveryChannel;
import org.helpline.notify.DeliveryStatus;
import org.helpline.platform.DeferredInserts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. A worker claims due messages with {@code FOR UPDATE SKIP LOCKED}, so two
 * nodes never claim the same row, and then marks each one only while its claim token is still
 * the row's: a message whose claim expired and was taken over is not marked twice. The marks of a
 * batch go in one statement or one JDBC batch per kind.
 */
@Repository
class OutboxMessages {

    private static final String COLUMNS = """
            id, channel, recipient, locale, template, subject_key, payload, secret_payload, status, attempts,
            not_after, delivered_at, last_error, has_secrets, created_at, next_attempt_at, last_attempt_at""";
    private static final int MAX_ERROR = 500;

    private static final String INSERT = """
            insert into notify_message (id, channel, recipient, locale, template, subject_key, payload,
                secret_payload, has_secrets, status, attempts, next_attempt_at, not_after, created_at)
            values (:id, :channel, :recipient, :locale, :template, :subjectKey, :payload, :secretPayload,
                :hasSecrets, 'PENDING', 0, :now, :notAfter, :now)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final DeferredInserts inserts;

    OutboxMessages(JdbcClient jdbc, NamedParameterJdbcTemplate batches, DeferredInserts inserts) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.inserts = inserts;
    }

    /** Writes the rows as pending; inside {@link DeferredInserts#together} with the other inserts queued there. */
    public void insert(List<OutboxRow> rows, Instant now) {
        rows.forEach(row -> inserts.insert(INSERT, values(row, now)));
    }

    private static SqlParameterSource values(OutboxRow row, Instant now) {
        return new MapSqlParameterSource()
                .addValue("id", row.id())
                .addValue("channel", row.channel().name())
                .addValue("recipient", row.recipient())
                .addValue("locale", row.locale())
                .addValue("template", row.template())
                .addValue("subjectKey", row.subjectKey())
                .addValue("payload", row.payload())
                .addValue("secretPayload", row.secretPayload())
                .addValue("hasSecrets", row.secretPayload() != null)
                .addValue("now", at(now))
                .addValue("notAfter", at(row.notAfter()));
    }

    /** Due, unclaimed messages, locked for the caller's transaction; others' locked rows are skipped. */
    List<OutboxRow> lockDue(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from notify_message
                where status = 'PENDING' and next_attempt_at <= :now
                  and (claimed_until is null or claimed_until < :now)
                order by next_attempt_at, id
                fetch first :limit rows only
                for update skip locked
                """)
                .param("now", at(now))
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    void claim(List<UUID> ids, String token, Instant until) {
        jdbc.sql("update notify_message set claimed_by = :token, claimed_until = :until where id in (:ids)")
                .param("token", token)
                .param("until", at(until))
                .param("ids", ids)
                .update();
    }

    /** Marks the messages delivered in one statement, each only while the claim is still {@code token}. */
    void markDelivered(List<UUID> ids, String token, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update notify_message set status = 'DELIVERED', delivered_at = :now, last_attempt_at = :now,
                    attempts = attempts + 1, secret_payload = null, claimed_by = null, claimed_until = null, last_error = null
                where id in (:ids) and claimed_by = :token
                """)
                .param("ids", ids)
                .param("token", token)
                .param("now", at(now))
                .update();
    }

    /** A message to try again at {@code nextAttempt}. */
    record Retry(UUID id, Instant nextAttempt, String error) {}

    /** A message given up; {@code attempted} is false when it was given up without trying. */
    record Failure(UUID id, boolean attempted, String error) {}

    void markRetry(List<Retry> retries, String token, Instant now) {
        batch(
                """
                update notify_message set attempts = attempts + 1, next_attempt_at = :next, last_error = :error,
                    last_attempt_at = :now, claimed_by = null, claimed_until = null
                where id = :id and claimed_by = :token
                """,
                retries.stream()
                        .map(retry -> new MapSqlParameterSource()
                                .addValue("id", retry.id())
                                .addValue("token", token)
                                .addValue("next", at(retry.nextAttempt()))
                                .addValue("now", at(now))
                                .addValue("error", truncate(retry.error())))
                        .toList());
    }

    void markFailed(List<Failure> failures, String token, Instant now) {
        batch(
                """
                update notify_message set status = 'FAILED', attempts = attempts + :attempted, last_error = :error,
                    last_attempt_at = :now, secret_payload = null, claimed_by = null, claimed_until = null
                where id = :id and claimed_by = :token
                """,
                failures.stream()
                        .map(failure -> new MapSqlParameterSource()
                                .addValue("id", failure.id())
                                .addValue("token", token)
                                .addValue("attempted", failure.attempted() ? 1 : 0)
                                .addValue("now", at(now))
                                .addValue("error", truncate(failure.error())))
                        .toList());
    }

    private void batch(String sql, List<MapSqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            batches.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
    }

    public Optional<OutboxRow> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from notify_message where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /**
     * Marks a message the SMTP server accepted as failed after all, when its bounce arrived;
     * answers whether it was the message's news (false for an unknown or already failed one).
     */
    boolean markBounced(UUID id, String reason, Instant now) {
        return jdbc.sql("""
                        update notify_message set status = 'FAILED', last_error = :error, last_attempt_at = :now,
                            secret_payload = null
                        where id = :id and status = 'DELIVERED'
                        """)
                        .param("id", id)
                        .param("error", truncate(reason))
                        .param("now", at(now))
                        .update()
                > 0;
    }

    /** A page of messages in {@code state} (any when null), newest first. */
    List<OutboxRow> page(DeliveryStatus.State state, int offset, int size) {
        return jdbc.sql("select " + COLUMNS + " from notify_message where " + condition(state) + """
                 order by created_at desc, id
                offset :offset rows fetch first :size rows only
                """)
                .param("offset", offset)
                .param("size", size)
                .query(this::map)
                .list();
    }

    long count(DeliveryStatus.State state) {
        return jdbc.sql("select count(*) from notify_message where " + condition(state))
                .query(Long.class)
                .single();
    }

    /** How many messages are in each state; a state without messages is missing. */
    Map<DeliveryStatus.State, Long> countsByState() {
        var counts = new EnumMap<DeliveryStatus.State, Long>(DeliveryStatus.State.class);
        jdbc.sql("""
                select status, case when attempts > 0 then 1 else 0 end as tried, count(*) as messages
                  from notify_message
                 group by status, case when attempts > 0 then 1 else 0 end
                """)
                .query((rs, row) -> Map.entry(
                        DeliveryStatus.State.of(rs.getString("status"), rs.getInt("tried")), rs.getLong("messages")))
                .list()
                .forEach(entry -> counts.merge(entry.getKey(), entry.getValue(), Long::sum));
        return counts;
    }

    private static String condition(DeliveryStatus.State state) {
        if (state == null) {
            return "1 = 1";
        }
        return switch (state) {
            case PENDING -> "status = 'PENDING' and attempts = 0";
            case RETRYING -> "status = 'PENDING' and attempts > 0";
            case SENT -> "status = 'DELIVERED'";
            case FAILED -> "status = 'FAILED'";
        };
    }

    /** Puts a failed message back as pending with no attempts behind it; false when it is not failed. */
    boolean resend(UUID id, Instant now) {
        return jdbc.sql("""
                        update notify_message set status = 'PENDING', attempts = 0, next_attempt_at = :now,
                            last_error = null, claimed_by = null, claimed_until = null
                        where id = :id and status = 'FAILED'
                        """).param("id", id).param("now", at(now)).update() > 0;
    }

    /** Messages given up since {@code since}: how many, and the latest one's reason and time. */
    record RecentFailures(long count, String latestError, Instant latestAt) {}

    RecentFailures failuresSince(Instant since) {
        var count = jdbc.sql(
                        "select count(*) from notify_message where status = 'FAILED' and last_attempt_at >= :since")
                .param("since", at(since))
                .query(Long.class)
                .single();
        if (count == 0) {
            return new RecentFailures(0, null, null);
        }
        return jdbc.sql("""
                select last_error, last_attempt_at from notify_message
                 where status = 'FAILED' and last_attempt_at >= :since
                 order by last_attempt_at desc fetch first 1 rows only
                """)
                .param("since", at(since))
                .query((rs, row) -> new RecentFailures(count, rs.getString(1), instant(rs, "last_attempt_at")))
                .single();
    }

    public long countPending() {
        return jdbc.sql("select count(*) from notify_message where status = 'PENDING'")
                .query(Long.class)
                .single();
    }

    private OutboxRow map(ResultSet rs, int row) throws SQLException {
        return new OutboxRow(
                rs.getObject("id", UUID.class),
                DeliveryChannel.valueOf(rs.getString("channel")),
                rs.getString("recipient"),
                rs.getString("locale"),
                rs.getString("template"),
                rs.getString("subject_key"),
                rs.getString("payload"),
                rs.getString("secret_payload"),
                rs.getString("status"),
                rs.getInt("attempts"),
                instant(rs, "not_after"),
                instant(rs, "delivered_at"),
                rs.getString("last_error"),
                rs.getBoolean("has_secrets"),
                instant(rs, "created_at"),
                instant(rs, "next_attempt_at"),
                instant(rs, "last_attempt_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String error) {
        var text = error == null ? "unknown error" : error;
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
