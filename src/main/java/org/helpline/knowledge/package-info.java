/**
 * Self-help: articles in Polish, English and Chinese, their Lucene index (one per node
 * and language, following the database's change log), ranked search with facets, the typeahead
 * suggester, Markdown import and search analytics; no other module uses it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"audit", "catalog", "identity", "platform", "shared", "support"})
package org.helpline.knowledge;
