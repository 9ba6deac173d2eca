package org.helpline.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.LockObtainFailedException;
import org.helpline.platform.ChangeCursor;
import org.helpline.platform.DaemonThreads;
import org.helpline.platform.IndexFolder;
import org.helpline.platform.Markdown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * This node's indexes, one per language. At start each is opened; if one is missing, unreadable
 * or built from another database, all are rebuilt from the articles table. Then the node follows
 * the change log every {@code pollInterval}, so an article written on any node is searchable
 * here within seconds. Writers on this node ask for an early poll after they commit.
 */
@Component
class KnowledgeIndex implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);
    private static final int BATCH = 5_000;
    private static final Duration GAP_PATIENCE = Duration.ofMinutes(1);

    private final Articles articles;
    private final ChangeLog changes;
    private final KnowledgeSettings settings;
    private final KnowledgeProperties properties;
    private final Environment environment;
    private final Clock clock;
    private final Map<ArticleLanguage, LanguageIndex> indexes = new EnumMap<>(ArticleLanguage.class);
    private ScheduledExecutorService follower;
    private IndexFolder folder;
    private ChangeCursor cursor;
    private String databaseId;
    private volatile boolean running;
    private volatile long lastBuildMillis = -1;

    KnowledgeIndex(
            Articles articles,
            ChangeLog changes,
            KnowledgeSettings settings,
            KnowledgeProperties properties,
            Environment environment,
            Clock clock) {
        this.articles = articles;
        this.changes = changes;
        this.settings = settings;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        try {
            databaseId = settings.databaseId();
            openIndexes();
            long highWater = upToDate() ? indexedChange() : rebuild();
            for (var index : indexes.values()) {
                index.buildSuggester();
            }
            cursor = new ChangeCursor(highWater, GAP_PATIENCE);
            follow();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the knowledge index in " + folder.path(), e);
        }
        follower = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("knowledge-index-follower-"));
        long interval = properties.pollInterval().toMillis();
        follower.scheduleWithFixedDelay(this::followQuietly, interval, interval, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (follower != null) {
            follower.shutdownNow();
        }
        for (var index : indexes.values()) {
            try {
                index.close();
            } catch (IOException e) {
                log.warn("Could not close the {} index", index.language(), e);
            }
        }
        indexes.clear();
        if (folder != null) {
            folder.deleteIfTemporary();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server starts serving, after the database is migrated. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }

    /** Asks the follower to apply new changes now, e.g. after a local write committed. */
    public void followSoon() {
        var executor = follower;
        if (executor != null && !executor.isShutdown()) {
            executor.execute(this::followQuietly);
        }
    }

    public LanguageIndex index(ArticleLanguage language) {
        return indexes.get(language);
    }

    public long documents() {
        return indexes.values().stream().mapToLong(LanguageIndex::documents).sum();
    }

    public long lastBuildMillis() {
        return lastBuildMillis;
    }

    /** The last change of the log applied to this node's indexes. */
    public synchronized long appliedChange() {
        return cursor == null ? 0 : cursor.highWater();
    }

    private void openIndexes() throws IOException {
        var url = environment.getProperty("spring.datasource.url");
        folder = IndexFolder.inMemoryDatabase(url)
                ? IndexFolder.temporary()
                : IndexFolder.configured(properties.indexDir());
        try {
            openIn(folder);
        } catch (LockObtainFailedException locked) {
            log.warn(
                    "The index folder {} is used by another node on this machine; this node indexes in a "
                            + "temporary folder",
                    folder.path());
            indexes.values().forEach(LanguageIndex::closeQuietly);
            indexes.clear();
            folder = IndexFolder.temporary();
            openIn(folder);
        }
    }

    private void openIn(IndexFolder where) throws IOException {
        for (var language : ArticleLanguage.values()) {
            indexes.put(language, LanguageIndex.open(language, where.path().resolve(language.code())));
        }
    }

    private boolean upToDate() throws IOException {
        long logged = changes.last();
        for (var index : indexes.values()) {
            var data = index.commitData();
            if (!databaseId.equals(data.get(LanguageIndex.DATABASE))
                    || !data.containsKey(LanguageIndex.CHANGE)
                    || Long.parseLong(data.get(LanguageIndex.CHANGE)) > logged) {
                return false;
            }
        }
        return true;
    }

    private long indexedChange() throws IOException {
        long lowest = Long.MAX_VALUE;
        for (var index : indexes.values()) {
            lowest = Math.min(lowest, Long.parseLong(index.commitData().get(LanguageIndex.CHANGE)));
        }
        return lowest;
    }

    private long rebuild() throws IOException {
        long started = System.nanoTime();
        long highWater = changes.last();
        long count = IndexRebuild.run(articles, indexes);
        for (var index : indexes.values()) {
            index.commit(databaseId, highWater);
        }
        lastBuildMillis = (System.nanoTime() - started) / 1_000_000;
        log.info("Rebuilt the knowledge index of {} articles in {} ms", count, lastBuildMillis);
        return highWater;
    }

    private void followQuietly() {
        try {
            follow();
        } catch (RuntimeException | IOException e) {
            log.warn("Could not follow the knowledge change log; retrying", e);
        }
    }

    private synchronized void follow() throws IOException {
        if (indexes.isEmpty()) {
            return;
        }
        var now = clock.instant();
        var batch = new java.util.ArrayList<>(changes.among(cursor.gaps(now)));
        batch.addAll(changes.after(cursor.highWater(), BATCH));
        if (batch.isEmpty()) {
            return;
        }
        var touched = new LinkedHashSet<UUID>();
        batch.forEach(change -> touched.add(change.articleId()));
        for (var id : touched) {
            apply(id);
        }
        cursor.advance(batch.stream().map(ChangeLog.Change::seq).toList(), now);
        for (var index : indexes.values()) {
            index.commit(databaseId, cursor.highWater());
        }
    }

    private void apply(UUID id) throws IOException {
        var article = articles.find(id);
        for (var index : indexes.values()) {
            if (article.isPresent() && article.get().language() == index.language()) {
                index.put(article.get(), Markdown.text(article.get().body()));
            } else {
                index.remove(id.toString());
            }
        }
    }
}
