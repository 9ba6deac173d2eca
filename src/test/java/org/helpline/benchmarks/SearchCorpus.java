package org.helpline.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.helpline.knowledge.internal.ArticleLanguage;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A generated corpus of articles for benchmarks: titles and bodies recombined from the words and
 * sentences of the demo articles (so Polish inflection, English and Chinese text are realistic),
 * 40% Polish, 40% English, 20% Chinese, deterministic for a seed. Also the query set the
 * benchmarks run (prefixes for suggestions, one- and two-word searches).
 *
 * <p>As a command it writes the corpus as Markdown files with front matter, ready for
 * {@code java -jar helpline.jar import-articles DIR}:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.helpline.benchmarks.SearchCorpus /tmp/corpus 50000
 * </pre>
 */
public final class SearchCorpus {

    static final List<String> SERVICES =
            List.of("mail", "sites", "meetings", "desktop-apps", "identity", "admin-center");

    /** One generated article. */
    public record Doc(
            UUID id, ArticleLanguage language, String title, String body, List<String> services, boolean admins) {}

    private final Map<ArticleLanguage, List<String>> titleWords = new EnumMap<>(ArticleLanguage.class);
    private final Map<ArticleLanguage, List<String>> sentences = new EnumMap<>(ArticleLanguage.class);

    public SearchCorpus() throws IOException {
        for (var language : ArticleLanguage.values()) {
            titleWords.put(language, new ArrayList<>());
            sentences.put(language, new ArrayList<>());
        }
        var resources = new PathMatchingResourcePatternResolver().getResources("classpath:knowledge/demo/*.md");
        for (var resource : resources) {
            var text = resource.getContentAsString(StandardCharsets.UTF_8);
            var language = ArticleLanguage.parse(value(text, "language")).orElseThrow();
            var title = value(text, "title").replace("\"", "");
            if (language == ArticleLanguage.ZH) {
                titleWords.get(language).addAll(chunks(title));
            } else {
                titleWords
                        .get(language)
                        .addAll(Arrays.stream(title.split("\\s+"))
                                .filter(w -> w.length() > 1)
                                .toList());
            }
            var body = text.substring(text.indexOf("\n---", 4) + 4);
            for (var sentence : body.split("(?<=[.。!?])\\s*|\\n+")) {
                if (sentence.strip().length() > 8) {
                    sentences.get(language).add(sentence.strip());
                }
            }
        }
    }

    public List<Doc> generate(int count, long seed) {
        var random = new SplittableRandom(seed);
        var docs = new ArrayList<Doc>(count);
        for (int i = 0; i < count; i++) {
            int roll = random.nextInt(10);
            var language = roll < 4 ? ArticleLanguage.PL : roll < 8 ? ArticleLanguage.EN : ArticleLanguage.ZH;
            docs.add(new Doc(
                    new UUID(seed, i),
                    language,
                    title(language, random),
                    body(language, random),
                    services(random),
                    random.nextInt(5) == 0));
        }
        return docs;
    }

    /** Prefixes as typed into the search box (2 to 6 characters of title words), some with a typo. */
    public List<String> suggestQueries(int count, long seed) {
        var random = new SplittableRandom(seed);
        var queries = new ArrayList<String>();
        while (queries.size() < count) {
            var language = ArticleLanguage.values()[random.nextInt(3)];
            var words = titleWords.get(language);
            var word = words.get(random.nextInt(words.size())).toLowerCase().replaceAll("[^\\p{L}\\p{N}]", "");
            if (word.length() < 2) {
                continue;
            }
            var prefix = word.substring(0, Math.min(word.length(), 2 + random.nextInt(5)));
            queries.add(language.code() + "|" + prefix);
        }
        return queries;
    }

    /** One or two title words, as searched after Enter. */
    public List<String> searchQueries(int count, long seed) {
        var random = new SplittableRandom(seed);
        var queries = new ArrayList<String>();
        while (queries.size() < count) {
            var language = ArticleLanguage.values()[random.nextInt(3)];
            var words = titleWords.get(language);
            var query = words.get(random.nextInt(words.size()));
            if (random.nextBoolean()) {
                query += " " + words.get(random.nextInt(words.size()));
            }
            queries.add(language.code() + "|" + query.replaceAll("[*„”\"?]", ""));
        }
        return queries;
    }

    public static void main(String[] args) throws IOException {
        var folder = Path.of(args.length > 0 ? args[0] : "target/search-corpus");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Files.createDirectories(folder);
        var corpus = new SearchCorpus();
        long started = System.nanoTime();
        for (var doc : corpus.generate(count, 42)) {
            var text = "---\ntitle: \"" + doc.title().replace("\"", "") + "\"\nlanguage: "
                    + doc.language().code()
                    + "\nservices: [" + String.join(", ", doc.services()) + "]\naudience: "
                    + (doc.admins() ? "admins" : "everyone") + "\n---\n" + doc.body() + "\n";
            Files.writeString(folder.resolve(doc.id() + ".md"), text, StandardCharsets.UTF_8);
        }
        System.out.printf(
                "Wrote %d articles to %s in %d ms%n", count, folder, (System.nanoTime() - started) / 1_000_000);
    }

    private String title(ArticleLanguage language, SplittableRandom random) {
        var words = titleWords.get(language);
        var title = new StringBuilder();
        int n = 3 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (i > 0 && language != ArticleLanguage.ZH) {
                title.append(' ');
            }
            title.append(words.get(random.nextInt(words.size())));
        }
        return title.toString();
    }

    private String body(ArticleLanguage language, SplittableRandom random) {
        var all = sentences.get(language);
        var body = new StringBuilder();
        int n = 5 + random.nextInt(11);
        for (int i = 0; i < n; i++) {
            body.append(all.get(random.nextInt(all.size()))).append(i % 4 == 3 ? "\n\n" : " ");
        }
        return body.toString().strip();
    }

    private static List<String> services(SplittableRandom random) {
        var first = SERVICES.get(random.nextInt(SERVICES.size()));
        var second = SERVICES.get(random.nextInt(SERVICES.size()));
        return first.equals(second) || random.nextBoolean() ? List.of(first) : List.of(first, second);
    }

    private static List<String> chunks(String chinese) {
        var parts = new ArrayList<String>();
        for (int i = 0; i + 2 <= chinese.length(); i += 2) {
            parts.add(chinese.substring(i, i + 2));
        }
        return parts;
    }

    private static String value(String text, String key) {
        for (var line : text.split("\n")) {
            if (line.startsWith(key + ":")) {
                return line.substring(key.length() + 1).strip();
            }
        }
        return "";
    }
}
