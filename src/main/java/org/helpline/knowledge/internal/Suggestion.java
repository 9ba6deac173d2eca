package org.helpline.knowledge.internal;

import java.util.UUID;

/** One entry of the typeahead; {@code highlight} is HTML-escaped with the matched part in {@code <mark>}. */
public record Suggestion(UUID articleId, String title, String highlight, String language) {}
