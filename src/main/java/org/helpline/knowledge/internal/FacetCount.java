package org.helpline.knowledge.internal;

/** How many results have this service or language; {@code label} is the name in the reader's language. */
record FacetCount(String value, String label, long count) {}
