package org.helpline.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.helpline.platform.Markdown;

/**
 * Fills empty indexes from the articles table: one thread reads, every processor renders and
 * analyses (a bounded number of articles waits in between, so memory stays flat).
 */
final class IndexRebuild {

    private static final int QUEUED_PER_THREAD = 64;

    private IndexRebuild() {}

    /** Indexes every article into the index of its language; returns how many. */
    static long run(Articles articles, Map<ArticleLanguage, LanguageIndex> indexes) throws IOException {
        for (var index : indexes.values()) {
            index.clear();
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var slots = new Semaphore(threads * QUEUED_PER_THREAD);
        var indexed = new AtomicLong();
        var submitted = new AtomicLong();
        try {
            articles.forEach(article -> {
                slots.acquireUninterruptibly();
                submitted.incrementAndGet();
                pool.execute(() -> {
                    try {
                        add(indexes.get(article.language()), article);
                        indexed.incrementAndGet();
                    } finally {
                        slots.release();
                    }
                });
            });
        } finally {
            pool.shutdown();
            await(pool);
        }
        if (indexed.get() != submitted.get()) {
            throw new IOException("The rebuild indexed " + indexed.get() + " of " + submitted.get() + " articles");
        }
        return indexed.get();
    }

    private static void add(LanguageIndex index, Article article) {
        try {
            index.add(article, Markdown.text(article.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
