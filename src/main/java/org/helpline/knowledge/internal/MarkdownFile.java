package org.helpline.knowledge.internal;

/** A Markdown file with front matter, as uploaded or read from a folder. */
public record MarkdownFile(String name, String content) {}
