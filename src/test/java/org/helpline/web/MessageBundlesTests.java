package org.helpline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page speaks pl, en and zh-CN: each bundle has the same keys in the three languages, and
 * every message key a template names exists.
 */
class MessageBundlesTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");

    @Test
    void everyBundleHasTheSameKeysInEachLanguage() throws IOException {
        for (var bundle : bundles()) {
            var english = keys(MESSAGES.resolve(bundle + ".properties"));
            assertThat(keys(MESSAGES.resolve(bundle + "_pl.properties")))
                    .as(bundle + " in Polish")
                    .isEqualTo(english);
            assertThat(keys(MESSAGES.resolve(bundle + "_zh_CN.properties")))
                    .as(bundle + " in Chinese")
                    .isEqualTo(english);
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        var known = new HashSet<String>();
        for (var bundle : bundles()) {
            known.addAll(keys(MESSAGES.resolve(bundle + ".properties")));
        }
        var missing = new TreeSet<String>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (var template :
                    templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                var matcher = STATIC_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
