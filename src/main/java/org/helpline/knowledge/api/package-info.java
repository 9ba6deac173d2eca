/** The self-help JSON API under {@code /api/v1/kb}: suggest, search, articles, import, feedback and analytics. */
package org.helpline.knowledge.api;
