/**
 * The catalog of each support organisation: its services, its offerings and which features each
 * offering has, the request categories with their problem classifications (R-14,
 * R-15) and the support scope stated on the request form. Read through
 * {@link org.helpline.catalog.Catalog}; it depends only on {@code shared}.
 */
package org.helpline.catalog;
