package org.helpline.health.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.helpline.health.HealthIssue;
import org.springframework.web.util.HtmlUtils;

/** Writes issues as an Atom 1.0 feed: one entry per issue, its posts as the content, newest update first. */
public final class AtomFeed {

    private AtomFeed() {}

    public static String of(
            String feedId, String title, String selfUrl, String pageUrl, List<HealthIssue> issues, Instant now) {
        var updated = issues.stream()
                .map(HealthIssue::updatedAt)
                .max(Instant::compareTo)
                .orElse(now);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <id>")
                .append(escape(feedId))
                .append("</id>\n")
                .append("  <title>")
                .append(escape(title))
                .append("</title>\n")
                .append("  <updated>")
                .append(DateTimeFormatter.ISO_INSTANT.format(updated))
                .append("</updated>\n")
                .append("  <link rel=\"self\" href=\"")
                .append(escape(selfUrl))
                .append("\"/>\n")
                .append("  <link rel=\"alternate\" href=\"")
                .append(escape(pageUrl))
                .append("\"/>\n");
        issues.stream()
                .sorted((a, b) -> b.updatedAt().compareTo(a.updatedAt()))
                .forEach(issue -> entry(xml, issue, pageUrl));
        return xml.append("</feed>\n").toString();
    }

    private static void entry(StringBuilder xml, HealthIssue issue, String pageUrl) {
        var content = new StringBuilder("<p>")
                .append(escape(issue.impactDescription()))
                .append("</p><ul>");
        issue.posts()
                .forEach(post -> content.append("<li>")
                        .append(DateTimeFormatter.ISO_INSTANT.format(post.postedAt()))
                        .append(" ")
                        .append(post.status().value())
                        .append(": ")
                        .append(escape(post.message()))
                        .append("</li>"));
        content.append("</ul>");
        xml.append("  <entry>\n")
                .append("    <id>urn:uuid:")
                .append(issue.id())
                .append("</id>\n")
                .append("    <title>")
                .append(escape("[" + issue.status().value() + "] " + issue.title()))
                .append("</title>\n")
                .append("    <updated>")
                .append(DateTimeFormatter.ISO_INSTANT.format(issue.updatedAt()))
                .append("</updated>\n")
                .append("    <published>")
                .append(DateTimeFormatter.ISO_INSTANT.format(issue.startedAt()))
                .append("</published>\n")
                .append("    <link href=\"")
                .append(escape(pageUrl + "/issues/" + issue.id()))
                .append("\"/>\n");
        issue.services()
                .forEach(service -> xml.append("    <category term=\"")
                        .append(escape(service))
                        .append("\"/>\n"));
        xml.append("    <content type=\"html\">")
                .append(escape(content.toString()))
                .append("</content>\n")
                .append("  </entry>\n");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
