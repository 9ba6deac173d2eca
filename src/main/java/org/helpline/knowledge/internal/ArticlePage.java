package org.helpline.knowledge.internal;

import java.util.List;
import java.util.UUID;

/** An article as a reader sees it: the sanitized HTML of its body, its translations and related articles. */
public record ArticlePage(Article article, String html, List<Link> translations, List<Link> related) {

    /** Another article the page links to. */
    public record Link(UUID id, String title, String language) {}
}
