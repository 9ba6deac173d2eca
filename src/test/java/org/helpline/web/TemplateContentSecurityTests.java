package org.helpline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pages are served with {@code script-src 'self'; style-src 'self'}: a browser refuses inline
 * scripts, event handler attributes, htmx's {@code hx-on} (evaluated with {@code Function}) and
 * inline styles. So no template may contain them; code lives in {@code static/js}, looks in
 * {@code static/css}. E-mails are no pages: mail programs drop style sheets, so their templates keep
 * inline styles (but no script either).
 */
class TemplateContentSecurityTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>", Pattern.DOTALL);
    private static final Pattern SCRIPT_SOURCE = Pattern.compile("\\s(?:th:|data-th-)?src\\s*=");
    private static final Pattern EVENT_HANDLER =
            Pattern.compile("\\s((?:th:|data-th-)?on[a-z]+)\\s*=|th:attr\\s*=\\s*\"[^\"]*\\bon[a-z]+\\s*=");
    private static final Pattern HX_ON = Pattern.compile("\\s((?:data-)?hx-on[:\\-]*[\\w:.\\-]*)\\s*=");
    private static final Pattern SCRIPT_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE =
            Pattern.compile("\\s((?:th:|data-th-)?style)\\s*=|<style\\b|th:attr\\s*=\\s*\"[^\"]*\\bstyle\\s*=");
    private static final Pattern E_MAIL = Pattern.compile("notify/mail :: mail\\(|th:fragment=\"mail\\(");

    @Test
    void noTemplateCarriesInlineScriptOrStyle() {
        var found = new TreeMap<String, List<String>>();
        for (var file : templates()) {
            var problems = violations(read(file), isEMail(file));
            if (!problems.isEmpty()) {
                found.put(TEMPLATES.relativize(file).toString(), problems);
            }
        }

        assertThat(found)
                .as("inline code a Content-Security-Policy without 'unsafe-inline' refuses")
                .isEmpty();
    }

    @Test
    void theScanFindsEachKindOfInlineCode() {
        Map<String, String> samples = Map.of(
                "<script>document.title = 'x';</script>", "inline script",
                "<select id=\"l\" onchange=\"this.form.submit()\">", "onchange",
                "<a th:onclick=\"|go(${id})|\">", "th:onclick",
                "<p th:attr=\"onmouseover=${x}\">", "th:attr",
                "<button hx-on:click=\"alert(1)\">", "hx-on:click",
                "<button hx-on::after-request=\"x()\">", "hx-on::after-request",
                "<a href=\"javascript:void(0)\">", "javascript:",
                "<div style=\"color: red\">", "style");

        samples.forEach((html, kind) -> assertThat(violations(html, false))
                .as(html)
                .anySatisfy(problem -> assertThat(problem).contains(kind)));
        assertThat(violations("<script th:src=\"@{/assets/js/a.js}\" defer></script>", false))
                .isEmpty();
        assertThat(violations("<p style=\"color: #5b6570\">", true)).isEmpty();
        assertThat(violations("<p>Call us on=weekdays</p><option>one</option>", false))
                .isEmpty();
    }

    static List<String> violations(String html, boolean eMail) {
        var problems = new ArrayList<String>();
        SCRIPT.matcher(html).results().forEach(script -> {
            if (!script.group(2).isBlank()) {
                problems.add("inline script: " + abbreviate(script.group(2)));
            } else if (!SCRIPT_SOURCE.matcher(script.group(1)).find()) {
                problems.add("script without src: " + script.group());
            }
        });
        EVENT_HANDLER.matcher(html).results().forEach(handler -> problems.add("event handler: " + handler.group()));
        HX_ON.matcher(html).results().forEach(handler -> problems.add("htmx handler: " + handler.group(1)));
        SCRIPT_URL.matcher(html).results().forEach(url -> problems.add("javascript: URL"));
        if (!eMail) {
            STYLE.matcher(html).results().forEach(style -> problems.add("inline style: " + style.group()));
        }
        return problems;
    }

    private static boolean isEMail(Path file) {
        return E_MAIL.matcher(read(file)).find();
    }

    private static String abbreviate(String text) {
        var oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 60) + "...";
    }

    private static List<Path> templates() {
        try (var paths = Files.walk(TEMPLATES)) {
            return paths.filter(path -> path.toString().endsWith(".html")).toList();
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
