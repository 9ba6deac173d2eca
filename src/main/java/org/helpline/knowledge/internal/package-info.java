/**
 * The knowledge module's machinery: article and analytics tables, the change log, the per-language
 * Lucene indexes with their suggesters, Markdown rendering and import.
 */
package org.helpline.knowledge.internal;
