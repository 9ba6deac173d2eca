package org.helpline.requests.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the human numbers of requests, unique per support organisation and year:
 * {@code GL-2026-000123}. Each node takes a block of {@value #BLOCK} numbers from the counter row of
 * the organisation and year in a short transaction of its own, and hands them out from memory, so
 * intakes never wait for each other's transactions. Numbers are unique but not gap-free, and not in
 * filing order across nodes: a block a node had not used up when it stopped, and a number of an
 * intake that was refused or rolled back, are never given out.
 *
 * <p>Call {@link #next} before the intake transaction begins: the block transaction needs a
 * connection of its own, and a thread that held one while waiting for another could exhaust the pool.
 */
@Repository
class RequestNumbers {

    static final int BLOCK = 100;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Map<Counter, Block> blocks = new ConcurrentHashMap<>();

    RequestNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(String organisationId, Instant at) {
        var counter = new Counter(organisationId, at.atZone(ZoneOffset.UTC).getYear());
        long value = blocks.computeIfAbsent(counter, key -> new Block()).take(() -> allocate(counter));
        return format(organisationId, counter.year(), value);
    }

    /** Moves the counter row on by a block and returns the block's last number; commits at once. */
    private long allocate(Counter counter) {
        return ownTransaction.execute(status -> {
            jdbc.sql("""
                    insert into request_number (organisation_id, counter_year, last_value)
                    values (:organisation, :year, 0)
                    on conflict do nothing
                    """)
                    .param("organisation", counter.organisationId())
                    .param("year", counter.year())
                    .update();
            jdbc.sql("""
                    update request_number set last_value = last_value + :block
                    where organisation_id = :organisation and counter_year = :year
                    """)
                    .param("block", BLOCK)
                    .param("organisation", counter.organisationId())
                    .param("year", counter.year())
                    .update();
            return jdbc.sql("""
                    select last_value from request_number where organisation_id = :organisation and counter_year = :year
                    """)
                    .param("organisation", counter.organisationId())
                    .param("year", counter.year())
                    .query(Long.class)
                    .single();
        });
    }

    static String format(String organisationId, int year, long value) {
        var prefix = organisationId.length() <= 2 ? organisationId : organisationId.substring(0, 2);
        var digits = Long.toString(value);
        return prefix.toUpperCase(Locale.ROOT) + "-" + year + "-" + "0".repeat(Math.max(0, 6 - digits.length()))
                + digits;
    }

    private record Counter(String organisationId, int year) {}

    /** The numbers of one block this node has not handed out yet: {@code next} up to {@code last}. */
    private static final class Block {

        private long next = 1;
        private long last;

        synchronized long take(java.util.function.LongSupplier allocate) {
            if (next > last) {
                last = allocate.getAsLong();
                next = last - BLOCK + 1;
            }
            return next++;
        }
    }
}
