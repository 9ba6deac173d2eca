package org.helpline.knowledge.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/** One language index's part of a search: the best {@code wanted} hits, the exact total and the count per service. */
record PerIndex(long total, List<ScoreDoc> top, Map<String, Long> services) {

    static PerIndex search(IndexSearcher searcher, Query query, int wanted) throws IOException {
        var topManager = new TopScoreDocCollectorManager(Math.max(1, wanted), null, Integer.MAX_VALUE);
        var result = searcher.search(query, new MultiCollectorManager(topManager, new ServiceCounts()));
        var top = (TopDocs) result[0];
        @SuppressWarnings("unchecked")
        var services = (Map<String, Long>) result[1];
        return new PerIndex(top.totalHits.value, List.of(top.scoreDocs), services);
    }

    /** Counts the hits of each service from the doc values of the service field. */
    private static final class ServiceCounts implements CollectorManager<ServiceCounter, Map<String, Long>> {

        @Override
        public ServiceCounter newCollector() {
            return new ServiceCounter();
        }

        @Override
        public Map<String, Long> reduce(Collection<ServiceCounter> collectors) {
            var counts = new HashMap<String, Long>();
            collectors.forEach(collector -> collector.counts.forEach((id, n) -> counts.merge(id, n, Long::sum)));
            return counts;
        }
    }

    private static final class ServiceCounter extends SimpleCollector {

        private final Map<String, Long> counts = new HashMap<>();
        private SortedSetDocValues values;
        private long[] perOrdinal = new long[0];

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            values = DocValues.getSortedSet(context.reader(), ArticleDocuments.SERVICE);
            perOrdinal = new long[(int) values.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    perOrdinal[(int) values.nextOrd()]++;
                }
            }
        }

        @Override
        public void finish() throws IOException {
            flush();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        private void flush() throws IOException {
            for (int ord = 0; ord < perOrdinal.length; ord++) {
                if (perOrdinal[ord] > 0) {
                    counts.merge(values.lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
                }
            }
            perOrdinal = new long[0];
        }
    }
}
