/** Self-help pages: search with typeahead, article pages, and the editors' pages of organisation admins. */
package org.helpline.knowledge.web;
