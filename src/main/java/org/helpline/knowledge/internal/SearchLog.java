package org.helpline.knowledge.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.helpline.platform.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts searches for the analytics without a database write per search, which was half of a
 * search's time: searches wait here and are written together every second, as soon as
 * {@value #BATCH} wait, before the analytics are read and when the node stops. A crash of the node
 * loses at most the last second of counts, which are statistics of reads, not anyone's data.
 */
@Component
public class SearchLog implements SmartLifecycle {

    static final int BATCH = 500;
    private static final int MAX_WAITING = 50_000;
    private static final Logger log = LoggerFactory.getLogger(SearchLog.class);

    /** One search counted: the words searched and how many articles were found. */
    public record Search(String organisationId, Instant at, String query, String language, long results) {}

    private final AnalyticsEvents events;
    private final TransactionTemplate transactions;
    private final Duration interval;
    private final Queue<Search> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waitingCount = new AtomicInteger();
    private volatile ScheduledExecutorService writer;

    @Autowired
    SearchLog(AnalyticsEvents events, PlatformTransactionManager transactionManager) {
        this(events, transactionManager, Duration.ofSeconds(1));
    }

    SearchLog(AnalyticsEvents events, PlatformTransactionManager transactionManager, Duration interval) {
        this.events = events;
        this.interval = interval;
        this.transactions = new TransactionTemplate(transactionManager);
        // its own transaction, also when the analytics write it from within their read-only one
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void searched(Search search) {
        if (waitingCount.get() >= MAX_WAITING) {
            log.warn("{} searches are waiting to be counted; this one is not", MAX_WAITING);
            return;
        }
        waiting.add(search);
        boolean batchFull = waitingCount.incrementAndGet() == BATCH;
        var executor = writer;
        if (executor == null) {
            write();
        } else if (batchFull) {
            executor.execute(this::writeQuietly);
        }
    }

    /** Writes every search waiting, in one transaction; the analytics call it before they read. */
    public synchronized void write() {
        var batch = new ArrayList<Search>();
        for (var search = waiting.poll(); search != null; search = waiting.poll()) {
            batch.add(search);
        }
        if (batch.isEmpty()) {
            return;
        }
        waitingCount.addAndGet(-batch.size());
        try {
            transactions.executeWithoutResult(status -> events.searched(batch));
        } catch (RuntimeException e) {
            waiting.addAll(batch);
            waitingCount.addAndGet(batch.size());
            throw e;
        }
    }

    List<Search> waiting() {
        return List.copyOf(waiting);
    }

    int waitingCount() {
        return waitingCount.get();
    }

    private void writeQuietly() {
        try {
            write();
        } catch (RuntimeException e) {
            log.warn("Could not write {} search counts; retrying", waitingCount.get(), e);
        }
    }

    @Override
    public void start() {
        var executor = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("knowledge-search-log-"));
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(this::writeQuietly, millis, millis, TimeUnit.MILLISECONDS);
        writer = executor;
    }

    @Override
    public void stop() {
        var executor = writer;
        writer = null;
        if (executor != null) {
            executor.shutdown();
        }
        writeQuietly();
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }
}
