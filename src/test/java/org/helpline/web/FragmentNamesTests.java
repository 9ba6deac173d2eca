package org.helpline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Thymeleaf reads the part after {@code ::} as a markup selector: {@code "contact/pane :: body"}
 * matches the fragment named {@code body} and also the {@code <body>} element around it, so an htmx
 * answer that was meant to be one box carried the whole pane again, which loaded itself again, without
 * end. A fragment therefore never takes the name of an HTML element, and every reference from a
 * controller or another template names a fragment that its template defines.
 */
class FragmentNamesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");

    private static final Pattern DEFINITION = Pattern.compile("th:fragment=\"\\s*([\\w-]+)");
    private static final Pattern JAVA_REFERENCE = Pattern.compile("\"([\\w/-]+)\\s*::\\s*([\\w-]+)");
    private static final Pattern TEMPLATE_REFERENCE = Pattern.compile("~\\{\\s*([\\w/-]+)\\s*::\\s*([\\w-]+)");

    /** The elements of HTML (the living standard and the obsolete ones browsers still parse), SVG and MathML roots. */
    static final Set<String> ELEMENTS = Set.of(
            "a",
            "abbr",
            "acronym",
            "address",
            "applet",
            "area",
            "article",
            "aside",
            "audio",
            "b",
            "base",
            "basefont",
            "bdi",
            "bdo",
            "bgsound",
            "big",
            "blink",
            "blockquote",
            "body",
            "br",
            "button",
            "canvas",
            "caption",
            "center",
            "cite",
            "code",
            "col",
            "colgroup",
            "data",
            "datalist",
            "dd",
            "del",
            "details",
            "dfn",
            "dialog",
            "dir",
            "div",
            "dl",
            "dt",
            "em",
            "embed",
            "fieldset",
            "figcaption",
            "figure",
            "font",
            "footer",
            "form",
            "frame",
            "frameset",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "head",
            "header",
            "hgroup",
            "hr",
            "html",
            "i",
            "iframe",
            "image",
            "img",
            "input",
            "ins",
            "isindex",
            "kbd",
            "keygen",
            "label",
            "legend",
            "li",
            "link",
            "listing",
            "main",
            "map",
            "mark",
            "marquee",
            "math",
            "menu",
            "menuitem",
            "meta",
            "meter",
            "multicol",
            "nav",
            "nextid",
            "nobr",
            "noembed",
            "noframes",
            "noscript",
            "object",
            "ol",
            "optgroup",
            "option",
            "output",
            "p",
            "param",
            "picture",
            "plaintext",
            "pre",
            "progress",
            "q",
            "rb",
            "rp",
            "rt",
            "rtc",
            "ruby",
            "s",
            "samp",
            "script",
            "search",
            "section",
            "select",
            "slot",
            "small",
            "source",
            "spacer",
            "span",
            "strike",
            "strong",
            "style",
            "sub",
            "summary",
            "sup",
            "svg",
            "table",
            "tbody",
            "td",
            "template",
            "textarea",
            "tfoot",
            "th",
            "thead",
            "time",
            "title",
            "tr",
            "track",
            "tt",
            "u",
            "ul",
            "var",
            "video",
            "wbr",
            "xmp");

    @Test
    void noFragmentIsNamedLikeAnHtmlElement() {
        var clashes = definitions().entrySet().stream()
                .flatMap(template -> template.getValue().stream()
                        .filter(name -> ELEMENTS.contains(name.toLowerCase(Locale.ROOT)))
                        .map(name -> template.getKey() + " :: " + name))
                .toList();

        assertThat(clashes).as("fragments named like an HTML element").isEmpty();
    }

    @Test
    void everyReferenceNamesAFragmentOfItsTemplate() {
        var defined = definitions();
        var references = new ArrayList<String>();
        references.addAll(references(SOURCES, ".java", JAVA_REFERENCE));
        references.addAll(references(TEMPLATES, ".html", TEMPLATE_REFERENCE));

        assertThat(references).as("fragment references found").hasSizeGreaterThan(10);
        assertThat(references)
                .as("references to something other than a named fragment")
                .allSatisfy(reference -> {
                    var parts = reference.split(" :: ");
                    assertThat(defined.getOrDefault(parts[0], Set.of()))
                            .as(reference)
                            .contains(parts[1]);
                });
    }

    @Test
    void theCheckSeesTheTrapItGuardsAgainst() {
        assertThat(DEFINITION.matcher("<div th:fragment=\"body\" id=\"x\">").results())
                .singleElement()
                .satisfies(match -> assertThat(ELEMENTS).contains(match.group(1)));
        assertThat(JAVA_REFERENCE.matcher("return \"contact/pane :: body\";").results())
                .singleElement()
                .satisfies(match -> assertThat(match.group(2)).isEqualTo("body"));
    }

    private static Map<String, Set<String>> definitions() {
        var definitions = new HashMap<String, Set<String>>();
        for (var file : files(TEMPLATES, ".html")) {
            var name = TEMPLATES.relativize(file).toString().replace('\\', '/').replaceFirst("\\.html$", "");
            definitions.put(
                    name,
                    DEFINITION
                            .matcher(read(file))
                            .results()
                            .map(m -> m.group(1))
                            .collect(Collectors.toSet()));
        }
        return definitions;
    }

    private static List<String> references(Path root, String suffix, Pattern pattern) {
        return files(root, suffix).stream()
                .flatMap(file -> pattern.matcher(read(file)).results())
                .map(match -> match.group(1) + " :: " + match.group(2))
                .toList();
    }

    private static List<Path> files(Path root, String suffix) {
        try (var paths = Files.walk(root)) {
            // package-info.java names Spring Modulith's named interfaces ("module :: interface"), no fragments
            return paths.filter(path -> path.toString().endsWith(suffix))
                    .filter(path -> !path.endsWith("package-info.java"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
