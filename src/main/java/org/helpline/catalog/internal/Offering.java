package org.helpline.catalog.internal;

/** A plan a support organisation sells, named in the reader's language. */
public record Offering(String id, String name) {}
