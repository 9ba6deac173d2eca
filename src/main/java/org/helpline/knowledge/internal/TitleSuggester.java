package org.helpline.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.springframework.web.util.HtmlUtils;

/**
 * Lucene's infix suggester over article titles: it matches the start of any word of a title, or,
 * in {@link #withTypo}, a start within one edit (a typo) of the word being typed. Each entry carries contexts
 * {@code org:}, {@code aud:} and {@code id:}, so suggestions are filtered by organisation and
 * audience and an article can be replaced by its id. Highlights are HTML-escaped.
 */
final class TitleSuggester extends AnalyzingInfixSuggester {

    private static final int MIN_PREFIX_CHARS = 3;
    private static final int MIN_FUZZY_LENGTH = 3;
    private static final ThreadLocal<Boolean> TYPO_PASS = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private static final int MAX_CACHED_QUERIES = 20_000;
    private static final String PAYLOADS_FIELD_NAME = "payloads";
    /**
     * Prefix and typo automata by the word typed, shared by every index and every reader: compiling
     * one costs more than the lookup on a small knowledge base, and people type the same beginnings.
     * Immutable and thread-safe.
     */
    private static final Map<String, Query> PREFIX_QUERIES = new ConcurrentHashMap<>();

    private static final Map<String, Query> TYPO_QUERIES = new ConcurrentHashMap<>();

    private final boolean segmented;

    /**
     * {@code segmented} for a language written without spaces (Chinese): its titles are then
     * highlighted by finding the matched words in them, not by segmenting each title again, which
     * took most of a suggestion's time.
     */
    TitleSuggester(Directory directory, Analyzer analyzer, boolean segmented) throws IOException {
        super(directory, analyzer, analyzer, MIN_PREFIX_CHARS, false, true, true, false);
        this.segmented = segmented;
    }

    /** Up to {@code count} suggestions whose title has a word starting with {@code key}'s last word. */
    List<LookupResult> exact(String key, BooleanQuery contexts, int count) throws IOException {
        return lookup(key, contexts, count, true, true);
    }

    /** Up to {@code count} suggestions whose title has a word starting within one edit of {@code key}'s last word. */
    List<LookupResult> withTypo(String key, BooleanQuery contexts, int count) throws IOException {
        TYPO_PASS.set(Boolean.TRUE);
        try {
            return lookup(key, contexts, count, true, true);
        } finally {
            TYPO_PASS.remove();
        }
    }

    static BooleanQuery contexts(String organisationId, Set<String> audiences) {
        var audience = new BooleanQuery.Builder();
        audiences.forEach(value -> audience.add(contextTerm("aud:" + value), Occur.SHOULD));
        return new BooleanQuery.Builder()
                .add(contextTerm("org:" + organisationId), Occur.MUST)
                .add(audience.build(), Occur.MUST)
                .build();
    }

    static Set<BytesRef> contextsOf(String organisationId, String audience, String id) {
        return Set.of(new BytesRef("org:" + organisationId), new BytesRef("aud:" + audience), new BytesRef("id:" + id));
    }

    void remove(String id) throws IOException {
        if (writer != null) {
            writer.deleteDocuments(new Term(CONTEXTS_FIELD_NAME, "id:" + id));
        }
    }

    void put(String title, Set<BytesRef> contexts, String id) throws IOException {
        remove(id);
        add(new BytesRef(title), contexts, 0, new BytesRef(id.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    protected Query getLastTokenQuery(String token) throws IOException {
        if (!TYPO_PASS.get() || token.codePointCount(0, token.length()) < MIN_FUZZY_LENGTH) {
            return cached(PREFIX_QUERIES, token, this::prefixQuery);
        }
        return cached(TYPO_QUERIES, token, TitleSuggester::oneEditThenAnything);
    }

    private static Query cached(Map<String, Query> queries, String token, Function<String, Query> compile) {
        if (queries.size() >= MAX_CACHED_QUERIES) {
            queries.clear();
        }
        return queries.computeIfAbsent(token, compile);
    }

    private Query prefixQuery(String token) {
        try {
            return super.getLastTokenQuery(token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query oneEditThenAnything(String token) {
        var automaton =
                Operations.concatenate(new LevenshteinAutomata(token, true).toAutomaton(1), Automata.makeAnyString());
        return new AutomatonQuery(new Term(TEXT_FIELD_NAME, token), automaton);
    }

    /**
     * Lucene's own reads every context of each hit, and the {@code id:} contexts make that dictionary
     * as large as the index: decompressing it was half of a lookup. Suggestions need only the title,
     * its highlight and the article id (the payload), read from the hit's own segment.
     */
    @Override
    protected List<LookupResult> createResults(
            IndexSearcher searcher,
            TopFieldDocs hits,
            int num,
            CharSequence key,
            boolean doHighlight,
            Set<String> matchedTokens,
            String prefixToken)
            throws IOException {
        var leaves = searcher.getIndexReader().leaves();
        var texts = new BinaryDocValues[leaves.size()];
        var payloads = new BinaryDocValues[leaves.size()];
        var results = new ArrayList<LookupResult>(hits.scoreDocs.length);
        for (var hit : hits.scoreDocs) {
            var leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            int doc = hit.doc - leaf.docBase;
            var text = value(texts, leaf, TEXT_FIELD_NAME, doc).utf8ToString();
            var payload = BytesRef.deepCopyOf(value(payloads, leaf, PAYLOADS_FIELD_NAME, doc));
            long weight = (Long) ((FieldDoc) hit).fields[0];
            var highlighted = doHighlight ? highlight(text, matchedTokens, prefixToken) : text;
            results.add(new LookupResult(text, highlighted, weight, payload));
        }
        return results;
    }

    /** The value of {@code doc}, reusing the segment's doc values while hits go forward in it. */
    private static BytesRef value(BinaryDocValues[] bySegment, LeafReaderContext leaf, String field, int doc)
            throws IOException {
        var values = bySegment[leaf.ord];
        if (values == null || values.docID() >= doc) {
            values = leaf.reader().getBinaryDocValues(field);
            bySegment[leaf.ord] = values;
        }
        if (values == null || !values.advanceExact(doc)) {
            throw new IllegalStateException("a suggestion without " + field + " in segment " + leaf.ord);
        }
        return values.binaryValue();
    }

    @Override
    protected Object highlight(String text, Set<String> matchedTokens, String prefixToken) throws IOException {
        var lower = text.toLowerCase(Locale.ROOT);
        if (!segmented || lower.length() != text.length()) {
            return super.highlight(text, matchedTokens, prefixToken);
        }
        var wanted = new ArrayList<>(matchedTokens);
        if (prefixToken != null) {
            wanted.add(prefixToken);
        }
        wanted.removeIf(String::isEmpty);
        wanted.sort(Comparator.comparingInt(String::length).reversed());
        var highlighted = new StringBuilder();
        int plainFrom = 0;
        int at = 0;
        while (at < text.length()) {
            var hit = longestAt(lower, at, wanted);
            if (hit == null) {
                at++;
                continue;
            }
            if (at > plainFrom) {
                addNonMatch(highlighted, text.substring(plainFrom, at));
            }
            addWholeMatch(highlighted, text.substring(at, at + hit.length()), hit);
            at += hit.length();
            plainFrom = at;
        }
        if (plainFrom < text.length()) {
            addNonMatch(highlighted, text.substring(plainFrom));
        }
        return highlighted.toString();
    }

    private static String longestAt(String text, int at, List<String> longestFirst) {
        for (var token : longestFirst) {
            if (text.startsWith(token, at)) {
                return token;
            }
        }
        return null;
    }

    @Override
    protected void addNonMatch(StringBuilder sb, String text) {
        sb.append(escape(text));
    }

    @Override
    protected void addWholeMatch(StringBuilder sb, String surface, String analyzed) {
        sb.append("<mark>").append(escape(surface)).append("</mark>");
    }

    @Override
    protected void addPrefixMatch(StringBuilder sb, String surface, String analyzed, String prefixToken) {
        if (prefixToken.length() >= surface.length()) {
            addWholeMatch(sb, surface, analyzed);
            return;
        }
        sb.append("<mark>")
                .append(escape(surface.substring(0, prefixToken.length())))
                .append("</mark>")
                .append(escape(surface.substring(prefixToken.length())));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static TermQuery contextTerm(String value) {
        return new TermQuery(new Term(CONTEXTS_FIELD_NAME, value));
    }
}
