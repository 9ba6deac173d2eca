package org.helpline.knowledge.internal;

/**
 * A search: the words, the reader's language (ranked first), optional filters by language and
 * service, and the page (from 0).
 */
public record SearchRequest(
        String query, String preferredLanguage, String language, String service, int page, int size) {}
