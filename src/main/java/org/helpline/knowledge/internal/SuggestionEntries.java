package org.helpline.knowledge.internal;

import java.util.List;
import java.util.Set;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.util.BytesRef;

/** The published titles of an index, fed to the suggester when it is built. */
final class SuggestionEntries implements InputIterator {

    /** A title with its contexts and article id. */
    record Entry(String title, Set<BytesRef> contexts, String id) {}

    private final List<Entry> entries;
    private int position = -1;

    SuggestionEntries(List<Entry> entries) {
        this.entries = entries;
    }

    @Override
    public BytesRef next() {
        position++;
        return position < entries.size() ? new BytesRef(entries.get(position).title()) : null;
    }

    @Override
    public long weight() {
        return 0;
    }

    @Override
    public BytesRef payload() {
        return new BytesRef(entries.get(position).id());
    }

    @Override
    public boolean hasPayloads() {
        return true;
    }

    @Override
    public Set<BytesRef> contexts() {
        return entries.get(position).contexts();
    }

    @Override
    public boolean hasContexts() {
        return true;
    }
}
