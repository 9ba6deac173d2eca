package org.helpline.knowledge.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * How an article becomes a Lucene document, and the names of its fields. Title, tags and body are
 * searched together in {@code text} (each word analysed once); title and tags are also indexed on
 * their own to rank matches there higher. {@code text} is stored with offsets (body first), for snippets.
 */
final class ArticleDocuments {

    static final String ID = "id";
    static final String ORGANISATION = "org";
    static final String AUDIENCE = "audience";
    static final String PUBLISHED = "published";
    static final String SERVICE = "service";
    static final String SERVICES = "services";
    static final String TITLE = "title";
    static final String TAGS = "tags";
    static final String TOPIC = "topic";
    static final String TEXT = "text";

    private static final String BODY_END = "\n\n";
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^[ \\t]*(?:\\d{1,3}[.)]|[-*+•])[ \\t]+");

    /** Stored, with offsets in the postings, so snippets are cut without analysing the text again. */
    private static final FieldType TEXT_TYPE = textType();

    private ArticleDocuments() {}

    private static FieldType textType() {
        var type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static Document of(Article article, String plainBody) {
        var document = new Document();
        document.add(new StringField(ID, article.id().toString(), Store.YES));
        document.add(new StringField(ORGANISATION, article.organisationId(), Store.YES));
        document.add(new StringField(AUDIENCE, article.audience().name(), Store.YES));
        document.add(new StringField(PUBLISHED, Boolean.toString(article.published()), Store.YES));
        for (var service : article.services()) {
            document.add(new StringField(SERVICE, service, Store.NO));
            document.add(new SortedSetDocValuesField(SERVICE, new BytesRef(service)));
        }
        document.add(new StoredField(SERVICES, String.join(",", article.services())));
        document.add(new TextField(TITLE, article.title(), Store.YES));
        document.add(new TextField(TAGS, String.join(" ", article.tags()), Store.NO));
        document.add(new Field(TEXT, withoutListMarkers(plainBody) + titleAndTags(article), TEXT_TYPE));
        if (article.topic() != null) {
            document.add(new StoredField(TOPIC, article.topic()));
        }
        return document;
    }

    private static String titleAndTags(Article article) {
        return BODY_END + article.title() + BODY_END + String.join(" ", article.tags());
    }

    /** The list numbers and bullets of the body's lines, which would end up in snippets as "… hasło. 2.". */
    static String withoutListMarkers(String plainBody) {
        return LIST_MARKER.matcher(plainBody).replaceAll("");
    }

    /** The stored text's body alone, without the title and tags searched with it, for snippets. */
    static String body(Document document) {
        var text = document.get(TEXT);
        if (text == null) {
            return null;
        }
        int end = text.lastIndexOf(BODY_END + document.get(TITLE) + BODY_END);
        return end < 0 ? text : text.substring(0, end);
    }

    static List<String> services(Document document) {
        var value = document.get(SERVICES);
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }
}
