package org.helpline.knowledge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The synonym groups of one language, ready for queries: for each analysed form of a one-word
 * member, the queries that find the other members of its groups. Members are analysed like the
 * articles, so one form of a word ("usunąć") stands for all of its forms ("usunięty", "usunac").
 * A member of several words is found only as a whole, never by one of its words.
 */
final class Thesaurus {

    static final Thesaurus EMPTY = new Thesaurus(Map.of());

    private final Map<String, List<Query>> alternatives;

    private Thesaurus(Map<String, List<Query>> alternatives) {
        this.alternatives = alternatives;
    }

    static Thesaurus of(Analyzer analyzer, List<List<String>> groups) {
        var alternatives = new HashMap<String, List<Query>>();
        for (var group : groups) {
            var members = group.stream()
                    .map(member -> AnalysedWords.of(analyzer, member))
                    .filter(words -> !words.isEmpty())
                    .toList();
            for (var member : members) {
                if (member.size() != 1) {
                    continue;
                }
                for (var form : member.get(0)) {
                    var others = alternatives.computeIfAbsent(form, key -> new ArrayList<>());
                    members.stream()
                            .filter(other -> other != member)
                            .map(Thesaurus::query)
                            .forEach(others::add);
                }
            }
        }
        return new Thesaurus(alternatives);
    }

    /** Queries for the other members of the groups of any of these forms of one word. */
    List<Query> alternatives(Set<String> forms) {
        var found = new ArrayList<Query>();
        for (var form : forms) {
            for (var query : alternatives.getOrDefault(form, List.of())) {
                if (!found.contains(query)) {
                    found.add(query);
                }
            }
        }
        return found;
    }

    /** Any form of each word of the member, all its words present. */
    private static Query query(List<Set<String>> member) {
        if (member.size() == 1) {
            return anyForm(member.get(0));
        }
        var all = new BooleanQuery.Builder();
        member.forEach(forms -> all.add(anyForm(forms), Occur.MUST));
        return all.build();
    }

    static Query anyForm(Set<String> forms) {
        if (forms.size() == 1) {
            return new TermQuery(
                    new Term(ArticleDocuments.TEXT, forms.iterator().next()));
        }
        var any = new BooleanQuery.Builder();
        forms.forEach(form -> any.add(new TermQuery(new Term(ArticleDocuments.TEXT, form)), Occur.SHOULD));
        return any.build();
    }
}
