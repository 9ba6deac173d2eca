package org.helpline.requestsearch.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.helpline.platform.TextAnalyzers;
import org.helpline.requests.HandledBy;
import org.helpline.requests.SearchableRequest;

/**
 * The search document of a request. Who may find it is in one field per kind of scope (tenant,
 * the organisation when the provider handles it, the partner when the partner does), so a query
 * keeps to a reader's scope with one term. The text is analysed in the request's language (Polish,
 * English or Chinese, as self-help does) into {@code title_xx}, {@code text_xx} (description and
 * messages) and {@code notes_xx} (internal notes, which tenant admins' queries never name).
 */
final class RequestDocuments {

    static final String ID = "id";
    static final String TENANT = "tenant";
    static final String ORGANISATION = "organisation";
    static final String PARTNER = "partner";
    static final String STATUS = "status";
    static final String SEVERITY = "severity";
    static final String SERVICE = "service";
    static final String LANGUAGE = "language";
    static final String NUMBER = "number";
    static final String NUMBER_KEY = "number_key";
    static final String NUMBER_PREFIX = "number_prefix";
    static final String NUMBER_COUNT = "number_count";
    static final String NUMBER_TEXT = "number_text";
    static final String REQUESTER = "requester";
    static final String RECEIVED = "received";
    static final List<String> LANGUAGES = List.of("pl", "en", "zh");

    /** Text stored with its offsets in the postings, so the highlighter need not analyse it again. */
    private static final FieldType TEXT = textWithOffsets();

    private RequestDocuments() {}

    private static FieldType textWithOffsets() {
        var type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static String title(String language) {
        return "title_" + language;
    }

    static String text(String language) {
        return "text_" + language;
    }

    static String notes(String language) {
        return "notes_" + language;
    }

    /** The analyzer of every field: each language's own, the requester and the number folded. */
    static Analyzer analyzer() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (var language : LANGUAGES) {
            var analyzer = switch (language) {
                case "pl" -> TextAnalyzers.polish();
                case "zh" -> TextAnalyzers.chinese();
                default -> TextAnalyzers.english();
            };
            fields.put(title(language), analyzer);
            fields.put(text(language), analyzer);
            fields.put(notes(language), analyzer);
        }
        return new PerFieldAnalyzerWrapper(TextAnalyzers.folding(), fields);
    }

    /** pl, en or zh: the analysis of a request in {@code language} (en for any other). */
    static String analysis(String language) {
        var code = language == null ? "" : language.toLowerCase(Locale.ROOT);
        if (code.startsWith("pl")) {
            return "pl";
        }
        return code.startsWith("zh") ? "zh" : "en";
    }

    static Document of(SearchableRequest request) {
        var document = new Document();
        document.add(new StringField(ID, request.id().toString(), Field.Store.YES));
        document.add(new StringField(TENANT, request.tenantId().toString(), Field.Store.NO));
        if (request.handledBy() == HandledBy.PARTNER && request.partnerId() != null) {
            document.add(new StringField(PARTNER, request.partnerId().toString(), Field.Store.NO));
        } else if (request.handledBy() == HandledBy.PROVIDER) {
            document.add(new StringField(ORGANISATION, request.organisationId(), Field.Store.NO));
        }
        document.add(new StringField(STATUS, request.status().name(), Field.Store.NO));
        document.add(new StringField(SEVERITY, request.severity().name(), Field.Store.NO));
        if (request.serviceId() != null) {
            document.add(new StringField(SERVICE, request.serviceId(), Field.Store.NO));
        }
        document.add(new StringField(LANGUAGE, request.language(), Field.Store.NO));
        addNumber(document, request.number());
        document.add(new NumericDocValuesField(RECEIVED, request.receivedAt().toEpochMilli()));
        var language = analysis(request.language());
        document.add(new Field(title(language), request.title(), TEXT));
        document.add(new Field(text(language), publicText(request), TEXT));
        var notes = notesOf(request);
        if (!notes.isEmpty()) {
            document.add(new Field(notes(language), notes, TEXT));
        }
        document.add(new TextField(REQUESTER, requester(request), Field.Store.NO));
        return document;
    }

    /**
     * The number as typed in any case ({@code number_key}), its letters ({@code number_prefix}) and
     * its count without the leading zeros ({@code number_count}), so "GL-12" and "12" find
     * GL-2026-000123; {@code number_text} lets the words of a query meet the number too.
     */
    private static void addNumber(Document document, String number) {
        document.add(new StoredField(NUMBER, number));
        var key = number.toLowerCase(Locale.ROOT);
        document.add(new StringField(NUMBER_KEY, key, Field.Store.NO));
        var dash = key.indexOf('-');
        if (dash > 0) {
            document.add(new StringField(NUMBER_PREFIX, key.substring(0, dash), Field.Store.NO));
        }
        var count = count(key);
        document.add(new StringField(NUMBER_COUNT, count, Field.Store.NO));
        document.add(new TextField(NUMBER_TEXT, number + " " + count, Field.Store.NO));
    }

    /** The digits after the last dash without leading zeros ("000123" is "123"). */
    static String count(String number) {
        var digits = number.substring(number.lastIndexOf('-') + 1).replaceFirst("^0+(?=.)", "");
        return digits.toLowerCase(Locale.ROOT);
    }

    private static String publicText(SearchableRequest request) {
        var parts = new java.util.ArrayList<String>();
        parts.add(request.description());
        request.messages().stream()
                .filter(message -> !message.internal())
                .forEach(message -> parts.add(message.text()));
        return String.join("\n\n", parts);
    }

    private static String notesOf(SearchableRequest request) {
        return request.messages().stream()
                .filter(SearchableRequest.Message::internal)
                .map(SearchableRequest.Message::text)
                .collect(Collectors.joining("\n\n"));
    }

    private static String requester(SearchableRequest request) {
        return String.join(
                " ",
                nullToEmpty(request.requesterName()),
                nullToEmpty(request.contactName()),
                nullToEmpty(request.contactEmail()),
                nullToEmpty(request.contactEmail()).replaceAll("[@._+-]", " "));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
