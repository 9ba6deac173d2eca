package org.helpline.requestsearch.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.helpline.platform.ChangeCursor;
import org.helpline.platform.DaemonThreads;
import org.helpline.platform.IndexFolder;
import org.helpline.requests.RequestSnapshots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * This node's Lucene index of requests. At start it is opened, and rebuilt from the requests when it
 * is missing, unreadable, built from another database or behind the pruned change log; then the
 * node tails the change log every {@code pollInterval} and re-reads each changed request, so a
 * change made on any node is searchable here within about that interval. Changes become visible
 * at once (near-real-time readers); the index is committed with the last change applied every
 * {@link #COMMIT_EVERY}, and a node that restarts applies the changes since again.
 */
@Component
class RequestIndex implements SmartLifecycle {

    static final String DATABASE = "database";
    static final String CHANGE = "change";
    private static final Logger log = LoggerFactory.getLogger(RequestIndex.class);
    private static final int BATCH = 2_000;
    private static final Duration GAP_PATIENCE = Duration.ofMinutes(1);
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(10);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final RequestSnapshots requests;
    private final SearchChangeLog changes;
    private final SearchSettings settings;
    private final RequestSearchProperties properties;
    private final Environment environment;
    private final Clock clock;
    private final AtomicBoolean followPending = new AtomicBoolean();
    private final Analyzer analyzer = RequestDocuments.analyzer();
    private ScheduledExecutorService follower;
    private IndexFolder folder;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private ChangeCursor cursor;
    private String databaseId;
    private Instant committedAt = Instant.EPOCH;
    private Instant prunedAt = Instant.EPOCH;
    private volatile boolean running;

    RequestIndex(
            RequestSnapshots requests,
            SearchChangeLog changes,
            SearchSettings settings,
            RequestSearchProperties properties,
            Environment environment,
            Clock clock) {
        this.requests = requests;
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
            open();
            long highWater = upToDate() ? Long.parseLong(commitData().get(CHANGE)) : rebuild();
            cursor = new ChangeCursor(highWater, GAP_PATIENCE);
            follow();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the request index in " + folder.path(), e);
        }
        follower = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("request-index-follower-"));
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
        try {
            if (writer != null && writer.isOpen() && cursor != null) {
                commit();
            }
            close();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not close the request index", e);
        }
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

    /** Asks the follower to apply new changes now (a local write committed); one such request waits at most. */
    void followSoon() {
        var executor = follower;
        if (executor != null && !executor.isShutdown() && followPending.compareAndSet(false, true)) {
            executor.execute(this::followQuietly);
        }
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** The last change of the log applied here. */
    synchronized long appliedChange() {
        return cursor == null ? 0 : cursor.highWater();
    }

    int documents() {
        return writer.getDocStats().numDocs;
    }

    private void open() throws IOException {
        var url = environment.getProperty("spring.datasource.url");
        folder = IndexFolder.inMemoryDatabase(url)
                ? IndexFolder.temporary()
                : IndexFolder.configured(properties.indexDir());
        try {
            openIn(folder);
        } catch (LockObtainFailedException locked) {
            log.warn(
                    "The request index folder {} is used by another node on this machine; this node indexes "
                            + "in a temporary folder",
                    folder.path());
            directory.close();
            folder = IndexFolder.temporary();
            openIn(folder);
        }
    }

    private void openIn(IndexFolder where) throws IOException {
        directory = FSDirectory.open(where.path());
        try {
            writer = new IndexWriter(directory, config().setOpenMode(OpenMode.CREATE_OR_APPEND));
        } catch (LockObtainFailedException locked) {
            throw locked;
        } catch (IOException | RuntimeException unreadable) {
            writer = new IndexWriter(directory, config().setOpenMode(OpenMode.CREATE));
        }
        searchers = new SearcherManager(writer, null);
    }

    private IndexWriterConfig config() {
        return new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
    }

    private Map<String, String> commitData() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        try (var reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData();
        }
    }

    private boolean upToDate() throws IOException {
        var data = commitData();
        if (!databaseId.equals(data.get(DATABASE)) || !data.containsKey(CHANGE)) {
            return false;
        }
        long indexed = Long.parseLong(data.get(CHANGE));
        long first = changes.first();
        return indexed <= changes.last() && (first == 0 || first <= indexed + 1);
    }

    private long rebuild() throws IOException {
        long started = System.nanoTime();
        long highWater = changes.last();
        long count = IndexRebuild.run(requests, writer);
        cursor = new ChangeCursor(highWater, GAP_PATIENCE);
        commit();
        log.info("Rebuilt the request index of {} requests in {} ms", count, (System.nanoTime() - started) / 1_000_000);
        return highWater;
    }

    private void followQuietly() {
        followPending.set(false);
        try {
            follow();
        } catch (RuntimeException | IOException e) {
            log.warn("Could not follow the request search change log; retrying", e);
        }
    }

    private synchronized void follow() throws IOException {
        if (writer == null || !writer.isOpen()) {
            return;
        }
        var now = clock.instant();
        var batch = new ArrayList<>(changes.among(cursor.gaps(now)));
        batch.addAll(changes.after(cursor.highWater(), BATCH));
        if (!batch.isEmpty()) {
            var touched = new LinkedHashSet<UUID>();
            batch.forEach(change -> touched.add(change.requestId()));
            apply(touched);
            cursor.advance(batch.stream().map(SearchChangeLog.Change::seq).toList(), now);
            searchers.maybeRefreshBlocking();
        }
        if (committedAt.plus(COMMIT_EVERY).isBefore(now) && writer.hasUncommittedChanges()) {
            commit();
        }
        if (prunedAt.plus(PRUNE_EVERY).isBefore(now)) {
            prunedAt = now;
            changes.prune(now.minus(properties.retention()));
        }
    }

    private void apply(LinkedHashSet<UUID> ids) throws IOException {
        var found = new java.util.HashSet<UUID>();
        for (var request : requests.searchable(ids)) {
            writer.updateDocument(new Term(RequestDocuments.ID, request.id().toString()), RequestDocuments.of(request));
            found.add(request.id());
        }
        for (var id : ids) {
            if (!found.contains(id)) {
                writer.deleteDocuments(new Term(RequestDocuments.ID, id.toString()));
            }
        }
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(DATABASE, databaseId, CHANGE, Long.toString(cursor.highWater()))
                .entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        committedAt = clock.instant();
    }

    private void close() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
        if (writer != null) {
            writer.close();
        }
        if (directory != null) {
            directory.close();
        }
    }
}
