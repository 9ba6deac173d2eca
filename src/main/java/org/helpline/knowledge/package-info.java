/**
 * Self-help: articles in Polish, English and Chinese, their Lucene index (one per
 * node and language, following the database's change log), ranked search with facets, the
 * typeahead suggester, Markdown import and search analytics. Other modules use
 * {@link org.helpline.knowledge.KnowledgeBase} and {@link org.helpline.knowledge.ArticleManagement};
 * it depends on {@code shared}, {@code catalog}, {@code support} and {@code audit}.
 */
package org.helpline.knowledge;
