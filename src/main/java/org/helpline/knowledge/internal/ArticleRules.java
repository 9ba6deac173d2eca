package org.helpline.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException.FieldProblem;

/** Checks a draft against the rules of articles; every broken rule is named by its field. */
final class ArticleRules {

    public static final int MAX_TITLE = 300;
    public static final int MAX_BODY = 100_000;
    private static final int MAX_TAGS = 20;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,39}");
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private ArticleRules() {}

    /** A draft that keeps the rules, normalised (trimmed, languages as codes). */
    public record Checked(
            String title,
            String body,
            ArticleLanguage language,
            List<String> services,
            List<String> tags,
            Audience audience,
            boolean published,
            String topic) {}

    public static Checked check(ArticleDraft draft, Set<String> knownServices) {
        var problems = new ArrayList<FieldProblem>();
        var title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "must have 1 to " + MAX_TITLE + " characters"));
        }
        var body = draft.body() == null ? "" : draft.body().strip();
        if (body.isEmpty() || body.length() > MAX_BODY) {
            problems.add(new FieldProblem("body", "must have 1 to " + MAX_BODY + " characters"));
        }
        var language = ArticleLanguage.parse(draft.language());
        if (language.isEmpty()) {
            problems.add(new FieldProblem("language", "must be pl, en or zh"));
        }
        var services = new LinkedHashSet<>(draft.services() == null ? List.of() : draft.services());
        if (services.isEmpty() || !knownServices.containsAll(services)) {
            problems.add(new FieldProblem("services", "must name at least one of " + knownServices));
        }
        var tags = normalisedTags(draft.tags());
        if (tags.size() > MAX_TAGS
                || !tags.stream().allMatch(tag -> TAG.matcher(tag).matches())) {
            problems.add(new FieldProblem("tags", "at most " + MAX_TAGS + " words of letters, digits, '-' or '_'"));
        }
        var topic = draft.topic() == null || draft.topic().isBlank()
                ? null
                : draft.topic().strip();
        if (topic != null && !TOPIC.matcher(topic).matches()) {
            problems.add(new FieldProblem("topic", "must be lower-case letters, digits and '-'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(
                title,
                body,
                language.orElseThrow(),
                List.copyOf(services),
                tags,
                draft.audience() == null ? Audience.EVERYONE : draft.audience(),
                draft.published(),
                topic);
    }

    private static List<String> normalisedTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        return tags.stream()
                .filter(tag -> tag != null && !tag.isBlank())
                .map(tag -> tag.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }
}
