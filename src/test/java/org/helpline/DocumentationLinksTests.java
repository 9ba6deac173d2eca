package org.helpline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README.md and docs/**&#47;*.md must read the same in a fresh clone: every relative link, and every
 * path written with {@code ../}, names a file inside this repository, and a link's {@code #anchor}
 * names a heading or an {@code <a id>} of the file it points to. Fenced code blocks are left out.
 */
class DocumentationLinksTests {

    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern CLIMBING_PATH = Pattern.compile("(?<![\\w/.])(?:\\.\\./)+[\\w.-][\\w./-]*");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");

    @Test
    void relativeLinksNameFilesOfTheRepository() throws IOException {
        var broken = new ArrayList<String>();
        for (var document : documents()) {
            var text = withoutFencedCode(document);
            for (var target : matches(LINK, text)) {
                if (SCHEME.matcher(target).find()) {
                    continue;
                }
                var problem = problemOf(document, target);
                if (problem != null) {
                    broken.add(ROOT.relativize(document) + ": (" + target + ") " + problem);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void pathsThatClimbUpStayInTheRepository() throws IOException {
        var outside = new ArrayList<String>();
        for (var document : documents()) {
            for (var path : matches(CLIMBING_PATH, withoutFencedCode(document))) {
                var file = document.getParent().resolve(path).normalize();
                if (!file.startsWith(ROOT) || !Files.exists(file)) {
                    outside.add(ROOT.relativize(document) + ": " + path);
                }
            }
        }
        assertThat(outside).isEmpty();
    }

    @Test
    void headingsGetTheAnchorsThatLinksUse() {
        assertThat(anchorOf("R-7 Phone directory by country or region"))
                .isEqualTo("r-7-phone-directory-by-country-or-region");
        assertThat(anchorOf("Agent queue with 100,000 open requests"))
                .isEqualTo("agent-queue-with-100000-open-requests");
        assertThat(anchorOf("`POST /api/v1/requests`")).isEqualTo("post-apiv1requests");
    }

    private static String problemOf(Path document, String target) throws IOException {
        var hash = target.indexOf('#');
        var path = hash < 0 ? target : target.substring(0, hash);
        var file =
                path.isEmpty() ? document : document.getParent().resolve(path).normalize();
        if (!file.startsWith(ROOT)) {
            return "points outside the repository";
        }
        if (!Files.exists(file)) {
            return "names no file";
        }
        if (hash < 0 || !file.toString().endsWith(".md")) {
            return null;
        }
        var anchor = target.substring(hash + 1);
        return anchors(file).contains(anchor) ? null : "names no heading or anchor of " + ROOT.relativize(file);
    }

    private static List<Path> documents() throws IOException {
        var documents = new ArrayList<Path>();
        documents.add(ROOT.resolve("README.md"));
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
            files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    private static String withoutFencedCode(Path document) throws IOException {
        var text = new StringBuilder();
        var fenced = false;
        for (var line : Files.readAllLines(document)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }

    private static List<String> anchors(Path document) throws IOException {
        var anchors = new ArrayList<>(matches(HTML_ANCHOR, withoutFencedCode(document)));
        for (var line : withoutFencedCode(document).split("\n")) {
            var heading = HEADING.matcher(line);
            if (heading.matches()) {
                anchors.add(anchorOf(heading.group(1)));
            }
        }
        return anchors;
    }

    /** The anchor a heading gets on GitHub: lower case, punctuation dropped, spaces as hyphens. */
    private static String anchorOf(String heading) {
        return heading.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }

    private static List<String> matches(Pattern pattern, String text) {
        var found = new ArrayList<String>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(matcher.groupCount() > 0 ? 1 : 0));
        }
        return found;
    }
}
