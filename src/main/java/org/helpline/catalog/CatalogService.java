package org.helpline.catalog;

/** A service of a support organisation's catalog, named and described in the reader's language. */
public record CatalogService(String id, String name, String description) {}
