package org.helpline.knowledge;

/** How many results have this service or language; {@code label} is the name in the reader's language. */
public record FacetCount(String value, String label, long count) {}
