package org.helpline.notify.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.helpline.notify.DeliveryChannel;
import org.helpline.platform.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Each of {@code workers} threads polls every {@code poll-interval}, and
 * a commit that wrote a message wakes one at once. A batch is claimed in a short transaction
 * ({@code FOR UPDATE SKIP LOCKED}, then a claim token and deadline), delivered outside any
 * transaction, and its messages are then marked delivered, retried later or failed (a statement
 * per outcome), but only while the claim is still this worker's. So each message is handed over
 * once across all nodes; only a node that dies after the SMTP server accepted a message and
 * before marking it can cause a second copy, once its claim has expired.
 */
@Component
public class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxMessages messages;
    private final Deliveries deliveries;
    private final NotifyProperties properties;
    private final TransactionTemplate transactions;
    private final OutboxMeters meters;
    private final Clock clock;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    OutboxWorker(
            OutboxMessages messages,
            Deliveries deliveries,
            NotifyProperties properties,
            PlatformTransactionManager transactionManager,
            OutboxMeters meters,
            Clock clock) {
        this.messages = messages;
        this.deliveries = deliveries;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Delivers due messages until a claim comes back short of a full batch; answers how many it
     * handled. Claiming once more would mostly find nothing: a message committed since wakes a
     * worker itself, and the poll finds the rest.
     */
    public int drain() {
        int handled = 0;
        while (true) {
            var claim = claim();
            if (claim.rows().isEmpty()) {
                return handled;
            }
            var outcomes = deliveries.deliver(claim.rows());
            record(claim, outcomes);
            handled += claim.rows().size();
            if (claim.rows().size() < properties.batchSize()) {
                return handled;
            }
        }
    }

    /** Asks a worker to look at the outbox now instead of at its next poll. */
    public void wake() {
        var running = executor;
        if (running != null && wakeQueued.compareAndSet(false, true)) {
            running.execute(() -> {
                wakeQueued.set(false);
                drainLogged();
            });
        }
    }

    private Claim claim() {
        var token = UUID.randomUUID().toString();
        var rows = transactions.execute(status -> {
            var now = clock.instant();
            var due = messages.lockDue(now, properties.batchSize());
            if (!due.isEmpty()) {
                messages.claim(due.stream().map(OutboxRow::id).toList(), token, now.plus(properties.claimFor()));
            }
            return due;
        });
        return new Claim(token, rows);
    }

    private void record(Claim claim, Map<UUID, Deliveries.Outcome> outcomes) {
        var backoff = new Backoff(properties.firstRetry(), properties.maxRetry());
        var now = clock.instant();
        var delivered = new ArrayList<UUID>();
        var sentBy = new EnumMap<DeliveryChannel, Integer>(DeliveryChannel.class);
        var failedBy = new EnumMap<DeliveryChannel, Integer>(DeliveryChannel.class);
        var retries = new ArrayList<OutboxMessages.Retry>();
        var failures = new ArrayList<OutboxMessages.Failure>();
        for (var row : claim.rows()) {
            var outcome = outcomes.get(row.id());
            var attempt = row.attempts() + 1;
            if (outcome.delivered()) {
                delivered.add(row.id());
                sentBy.merge(row.channel(), 1, Integer::sum);
            } else if (outcome.permanent() || attempt >= properties.maxAttempts()) {
                failedBy.merge(row.channel(), 1, Integer::sum);
                var reason = outcome.permanent()
                        ? outcome.reason()
                        : "gave up after " + attempt + " attempts: " + outcome.reason();
                failures.add(new OutboxMessages.Failure(row.id(), outcome.attempted(), reason));
            } else {
                retries.add(
                        new OutboxMessages.Retry(row.id(), now.plus(backoff.afterAttempt(attempt)), outcome.reason()));
            }
        }
        // each mark stands alone: a message left claimed by a crash in between is claimed again later
        messages.markDelivered(delivered, claim.token(), now);
        messages.markRetry(retries, claim.token(), now);
        messages.markFailed(failures, claim.token(), now);
        logFailures(failures);
        sentBy.forEach(meters::sent);
        failedBy.forEach(meters::failed);
    }

    /** One line per reason, not per message: without a mail server every message fails alike. */
    private static void logFailures(List<OutboxMessages.Failure> failures) {
        failures.stream()
                .collect(Collectors.groupingBy(
                        OutboxMessages.Failure::error,
                        LinkedHashMap::new,
                        Collectors.mapping(OutboxMessages.Failure::id, Collectors.toList())))
                .forEach((error, ids) -> log.warn("{} failed: {}: {}", countOf(ids.size()), error, ids));
    }

    private static String countOf(int messages) {
        return messages == 1 ? "1 message" : messages + " messages";
    }

    private void drainLogged() {
        try {
            drain();
            if (meters.pendingDue()) {
                meters.pending(messages.countPending());
            }
        } catch (RuntimeException e) {
            log.error("The outbox worker failed; it tries again at its next poll", e);
        }
    }

    @Override
    public void start() {
        if (!properties.workerEnabled()) {
            return;
        }
        var pool = Executors.newScheduledThreadPool(properties.workers(), DaemonThreads.named("outbox-"));
        var interval = properties.pollInterval().toMillis();
        for (int i = 0; i < properties.workers(); i++) {
            pool.scheduleWithFixedDelay(this::drainLogged, interval, interval, TimeUnit.MILLISECONDS);
        }
        executor = pool;
    }

    @Override
    public void stop() {
        var running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private record Claim(String token, List<OutboxRow> rows) {}
}
