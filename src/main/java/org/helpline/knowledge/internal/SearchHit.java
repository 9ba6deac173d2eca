package org.helpline.knowledge.internal;

import java.util.List;
import java.util.UUID;

/** A search result; {@code snippet} is HTML-escaped with the matching words in {@code <mark>}. */
record SearchHit(UUID articleId, String title, String snippet, String language, List<String> services) {}
