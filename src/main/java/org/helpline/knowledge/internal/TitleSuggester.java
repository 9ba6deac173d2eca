package org.helpline.knowledge.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.springframework.web.util.HtmlUtils;

/**
 * Lucene's infix suggester over article titles: it matches the start of any word of a title.
 * When exact prefixes give fewer suggestions than asked for, a second pass lets the word being
 * typed differ by one edit (a typo) from the start of a word. Each entry carries contexts
 * {@code org:}, {@code aud:} and {@code id:}, so suggestions are filtered by organisation and
 * audience and an article can be replaced by its id. Highlights are HTML-escaped.
 */
final class TitleSuggester extends AnalyzingInfixSuggester {

    private static final int MIN_PREFIX_CHARS = 3;
    private static final int MIN_FUZZY_LENGTH = 3;
    private static final ThreadLocal<Boolean> FUZZY = ThreadLocal.withInitial(() -> Boolean.FALSE);

    TitleSuggester(Directory directory, Analyzer analyzer) throws IOException {
        super(directory, analyzer, analyzer, MIN_PREFIX_CHARS, false, true, true, false);
    }

    /** Up to {@code count} suggestions for {@code key} visible under {@code contexts}: exact prefixes first. */
    List<LookupResult> suggest(String key, BooleanQuery contexts, int count) throws IOException {
        var found = new LinkedHashMap<BytesRef, LookupResult>();
        lookup(key, contexts, count, true, true).forEach(result -> found.putIfAbsent(result.payload, result));
        if (found.size() < count) {
            FUZZY.set(Boolean.TRUE);
            try {
                lookup(key, contexts, count, true, true).forEach(result -> found.putIfAbsent(result.payload, result));
            } finally {
                FUZZY.remove();
            }
        }
        return new ArrayList<>(found.values()).subList(0, Math.min(count, found.size()));
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
        if (!FUZZY.get() || token.codePointCount(0, token.length()) < MIN_FUZZY_LENGTH) {
            return super.getLastTokenQuery(token);
        }
        var oneEditThenAnything =
                Operations.concatenate(new LevenshteinAutomata(token, true).toAutomaton(1), Automata.makeAnyString());
        return new AutomatonQuery(new Term(TEXT_FIELD_NAME, token), oneEditThenAnything);
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
