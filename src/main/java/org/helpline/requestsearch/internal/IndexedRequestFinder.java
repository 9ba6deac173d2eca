package org.helpline.requestsearch.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.helpline.requests.FoundRequests;
import org.helpline.requests.RequestFinder;
import org.helpline.requests.RequestQuery;
import org.springframework.stereotype.Component;

/**
 * Answers searches of requests from this node's {@link RequestIndex}. The reader's scope is a
 * filter of the query itself, so what lies outside it is neither returned nor counted. Every word
 * must match in some field (number, title, text, the requester, and for agents internal notes),
 * each field analysed in its own language; the best first. Totals are exact up to {@link #COUNTED}
 * matches: past them the search skips the blocks of documents that cannot reach the page, which
 * keeps a common word fast over a million requests.
 */
@Component
class IndexedRequestFinder implements RequestFinder {

    static final int COUNTED = 10_000;
    private static final Pattern LETTERS_AND_COUNT = Pattern.compile("([a-z]+)-?(\\d+)");
    private static final Sort NEWEST = new Sort(new SortField(RequestDocuments.RECEIVED, SortField.Type.LONG, true));

    private final RequestIndex index;

    IndexedRequestFinder(RequestIndex index) {
        this.index = index;
    }

    @Override
    public FoundRequests find(RequestQuery query) {
        var words = words(query);
        var filtered = new BooleanQuery.Builder().add(words, Occur.MUST).add(scope(query.scope()), Occur.FILTER);
        filter(
                filtered,
                RequestDocuments.STATUS,
                query.status() == null ? null : query.status().name());
        filter(
                filtered,
                RequestDocuments.SEVERITY,
                query.severity() == null ? null : query.severity().name());
        filter(filtered, RequestDocuments.SERVICE, query.serviceId());
        filter(filtered, RequestDocuments.LANGUAGE, query.language());
        var full = filtered.build();
        try {
            var searcher = index.acquire();
            try {
                var wanted = Math.max(1, query.offset() + query.size());
                var top = searcher.search(full, new TopScoreDocCollectorManager(wanted, null, COUNTED));
                var page = java.util.Arrays.stream(top.scoreDocs)
                        .skip(query.offset())
                        .toList();
                var matches = Highlights.of(
                        searcher, index.analyzer(), words, page, query.scope().agent());
                return new FoundRequests(top.totalHits.value, matches);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> numbers(RequestQuery.Scope scope, String prefix, int limit) {
        var typed = prefix.strip().toLowerCase(Locale.ROOT);
        var any = new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(RequestDocuments.NUMBER_KEY, typed)), Occur.SHOULD);
        if (typed.chars().allMatch(Character::isDigit)) {
            any.add(
                    new PrefixQuery(new Term(RequestDocuments.NUMBER_COUNT, RequestDocuments.count(typed))),
                    Occur.SHOULD);
        }
        var lettersAndCount = LETTERS_AND_COUNT.matcher(typed);
        if (lettersAndCount.matches()) {
            any.add(
                    new BooleanQuery.Builder()
                            .add(
                                    new TermQuery(new Term(RequestDocuments.NUMBER_PREFIX, lettersAndCount.group(1))),
                                    Occur.FILTER)
                            .add(
                                    new PrefixQuery(new Term(
                                            RequestDocuments.NUMBER_COUNT,
                                            RequestDocuments.count(lettersAndCount.group(2)))),
                                    Occur.FILTER)
                            .build(),
                    Occur.SHOULD);
        }
        var query = new BooleanQuery.Builder()
                .add(any.build(), Occur.MUST)
                .add(scope(scope), Occur.FILTER)
                .build();
        try {
            var searcher = index.acquire();
            try {
                var top = searcher.search(query, new TopFieldCollectorManager(NEWEST, limit, null, limit));
                var numbers = new ArrayList<String>();
                var stored = searcher.storedFields();
                for (var hit : top.scoreDocs) {
                    numbers.add(stored.document(hit.doc, java.util.Set.of(RequestDocuments.NUMBER))
                            .get(RequestDocuments.NUMBER));
                }
                return numbers;
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of the query over every field the reader may search; none for a query of no words. */
    private Query words(RequestQuery query) {
        Map<String, Float> fields = new HashMap<>();
        for (var language : RequestDocuments.LANGUAGES) {
            fields.put(RequestDocuments.title(language), 3f);
            fields.put(RequestDocuments.text(language), 1f);
            if (query.scope().agent()) {
                fields.put(RequestDocuments.notes(language), 1f);
            }
        }
        fields.put(RequestDocuments.REQUESTER, 2f);
        fields.put(RequestDocuments.NUMBER_TEXT, 5f);
        var parser = new SimpleQueryParser(
                index.analyzer(),
                fields,
                SimpleQueryParser.PHRASE_OPERATOR
                        | SimpleQueryParser.PREFIX_OPERATOR
                        | SimpleQueryParser.WHITESPACE_OPERATOR
                        | SimpleQueryParser.ESCAPE_OPERATOR);
        parser.setDefaultOperator(Occur.MUST);
        var parsed = parser.parse(query.text());
        if (parsed == null) {
            return new MatchNoDocsQuery();
        }
        var number = new TermQuery(
                new Term(RequestDocuments.NUMBER_KEY, query.text().strip().toLowerCase(Locale.ROOT)));
        return new BooleanQuery.Builder()
                .add(parsed, Occur.SHOULD)
                .add(new BoostQuery(number, 100f), Occur.SHOULD)
                .build();
    }

    private static Query scope(RequestQuery.Scope scope) {
        var field = switch (scope.kind()) {
            case TENANT -> RequestDocuments.TENANT;
            case ORGANISATION -> RequestDocuments.ORGANISATION;
            case PARTNER -> RequestDocuments.PARTNER;
        };
        return new TermQuery(new Term(field, scope.value()));
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
