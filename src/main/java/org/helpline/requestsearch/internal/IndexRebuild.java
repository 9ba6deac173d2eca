package org.helpline.requestsearch.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;
import org.helpline.requests.RequestSnapshots;
import org.helpline.requests.SearchableRequest;

/**
 * Fills an emptied index from the requests: this thread reads them in batches by id, every
 * processor analyses (a bounded number of batches waits in between, so memory stays flat).
 */
final class IndexRebuild {

    private static final int BATCH = 1_000;
    private static final int QUEUED_PER_THREAD = 2;

    private IndexRebuild() {}

    /** Indexes every request; returns how many. */
    static long run(RequestSnapshots requests, IndexWriter writer) throws IOException {
        writer.deleteAll();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var slots = new Semaphore(threads * QUEUED_PER_THREAD);
        var indexed = new AtomicLong();
        var failure = new AtomicReference<RuntimeException>();
        long read = 0;
        try {
            UUID after = null;
            List<SearchableRequest> batch;
            while (failure.get() == null && !(batch = requests.searchableAfter(after, BATCH)).isEmpty()) {
                after = batch.get(batch.size() - 1).id();
                read += batch.size();
                slots.acquireUninterruptibly();
                var work = batch;
                pool.execute(() -> {
                    try {
                        for (var request : work) {
                            writer.addDocument(RequestDocuments.of(request));
                        }
                        indexed.addAndGet(work.size());
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(
                                null,
                                e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e);
                    } finally {
                        slots.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            await(pool);
        }
        if (failure.get() != null) {
            throw new IOException("The rebuild of the request index failed", failure.get());
        }
        if (indexed.get() != read) {
            throw new IOException("The rebuild indexed " + indexed.get() + " of " + read + " requests");
        }
        return read;
    }

    private static void await(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
