package org.helpline.knowledge.internal;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's distinct terms, times a boost for passages near
 * the start), computed without the hash table Lucene's scorer builds for every passage it weighs:
 * that table's 32 KB block was three quarters of what a search allocated, and a passage holds
 * only a handful of matches, so comparing them pairwise is cheaper.
 */
final class SnippetScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        var terms = passage.getMatchTerms();
        var inDocument = passage.getMatchTermFreqsInDoc();
        int matches = passage.getNumMatches();
        double score = 0;
        for (int first = 0; first < matches; first++) {
            if (seenBefore(terms, first)) {
                continue;
            }
            int inPassage = 1;
            for (int other = first + 1; other < matches; other++) {
                if (terms[other].bytesEquals(terms[first])) {
                    inPassage++;
                }
            }
            score += tf(inPassage, passage.getLength()) * weight(contentLength, inDocument[first]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean seenBefore(BytesRef[] terms, int at) {
        for (int earlier = 0; earlier < at; earlier++) {
            if (terms[earlier].bytesEquals(terms[at])) {
                return true;
            }
        }
        return false;
    }
}
