package org.helpline.knowledge.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of one language on this node, with its title suggester. The suggester lives in
 * memory and is built from the index when the node starts. The index's commit data records which
 * database it was built from and the last change applied.
 */
final class LanguageIndex implements Closeable {

    static final String DATABASE = "database";
    static final String CHANGE = "change";
    private static final double RAM_BUFFER_MB = 64;

    private final ArticleLanguage language;
    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final TitleSuggester suggester;
    private volatile boolean suggesterBuilt;

    private LanguageIndex(ArticleLanguage language, Analyzer analyzer, Directory directory, IndexWriter writer)
            throws IOException {
        this.language = language;
        this.analyzer = analyzer;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.suggester = new TitleSuggester(
                new ByteBuffersDirectory(), Analyzers.suggest(language), language == ArticleLanguage.ZH);
    }

    /** Opens the index in {@code folder}, starting it empty when what is there cannot be read. */
    static LanguageIndex open(ArticleLanguage language, Path folder) throws IOException {
        var analyzer = Analyzers.search(language);
        var directory = FSDirectory.open(folder);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config(analyzer).setOpenMode(OpenMode.CREATE_OR_APPEND));
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            directory.close();
            throw e;
        } catch (IOException | RuntimeException unreadable) {
            writer = new IndexWriter(directory, config(analyzer).setOpenMode(OpenMode.CREATE));
        }
        return new LanguageIndex(language, analyzer, directory, writer);
    }

    private static IndexWriterConfig config(Analyzer analyzer) {
        return new IndexWriterConfig(analyzer).setRAMBufferSizeMB(RAM_BUFFER_MB);
    }

    ArticleLanguage language() {
        return language;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** The commit data: which database and change the index is at; empty for a new index. */
    Map<String, String> commitData() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        try (var reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData();
        }
    }

    void clear() throws IOException {
        writer.deleteAll();
    }

    /** Adds the article to the index only, as a rebuild does after {@link #clear()} before building the suggester. */
    void add(Article article, String plainBody) throws IOException {
        writer.addDocument(ArticleDocuments.of(article, plainBody));
    }

    /** Adds or replaces the article in the index and the suggester. */
    void put(Article article, String plainBody) throws IOException {
        writer.updateDocument(
                new Term(ArticleDocuments.ID, article.id().toString()), ArticleDocuments.of(article, plainBody));
        var id = article.id().toString();
        if (article.published()) {
            suggester.put(
                    article.title(),
                    TitleSuggester.contextsOf(
                            article.organisationId(), article.audience().name(), id),
                    id);
        } else {
            suggester.remove(id);
        }
    }

    void remove(String id) throws IOException {
        writer.deleteDocuments(new Term(ArticleDocuments.ID, id));
        suggester.remove(id);
    }

    void commit(String database, long change) throws IOException {
        writer.setLiveCommitData(
                Map.of(DATABASE, database, CHANGE, Long.toString(change)).entrySet());
        writer.commit();
        searchers.maybeRefresh();
        if (suggesterBuilt) {
            suggester.refresh();
        }
    }

    /** Builds the suggester from the published articles of the index. */
    void buildSuggester() throws IOException {
        searchers.maybeRefresh();
        var entries = new ArrayList<SuggestionEntries.Entry>();
        var searcher = searchers.acquire();
        try {
            var reader = searcher.getIndexReader();
            var stored = reader.storedFields();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    entry(stored.document(doc)).ifPresent(entries::add);
                }
            }
        } finally {
            searchers.release(searcher);
        }
        suggester.build(new SuggestionEntries(entries));
        suggester.refresh();
        suggesterBuilt = true;
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    TitleSuggester suggester() {
        return suggester;
    }

    int documents() {
        return writer.getDocStats().numDocs;
    }

    void closeQuietly() {
        try {
            close();
        } catch (IOException ignored) {
            // the node switches to another folder; nothing of this one is used any more
        }
    }

    @Override
    public void close() throws IOException {
        suggester.close();
        searchers.close();
        writer.close();
        directory.close();
    }

    private static Optional<SuggestionEntries.Entry> entry(Document document) {
        if (!"true".equals(document.get(ArticleDocuments.PUBLISHED))) {
            return Optional.empty();
        }
        var id = document.get(ArticleDocuments.ID);
        return Optional.of(new SuggestionEntries.Entry(
                document.get(ArticleDocuments.TITLE),
                TitleSuggester.contextsOf(
                        document.get(ArticleDocuments.ORGANISATION), document.get(ArticleDocuments.AUDIENCE), id),
                id));
    }
}
