package org.helpline.health.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.helpline.health.Classification;
import org.helpline.health.IssueStatus;
import org.helpline.health.NewIssue;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException.FieldProblem;

/** Checks declarations and posts; every broken rule is named by its field. */
public final class IssueRules {

    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 4000;
    private static final Set<String> LANGUAGES = Set.of("pl", "en", "zh");

    private IssueRules() {}

    /** A declaration that keeps the rules. */
    public record Checked(
            Classification classification,
            String title,
            List<String> services,
            IssueStatus status,
            String impactDescription,
            List<UUID> tenants,
            String language,
            Map<String, NewIssue.Text> translations) {}

    public static Checked check(NewIssue issue, Set<String> knownServices, Predicate<UUID> tenantOfOrganisation) {
        var problems = new ArrayList<FieldProblem>();
        var classification = Classification.parse(issue.classification());
        if (classification.isEmpty()) {
            problems.add(new FieldProblem("classification", "must be incident or advisory"));
        }
        text(issue.title(), MAX_TITLE, "title", problems);
        text(issue.impactDescription(), MAX_TEXT, "impactDescription", problems);
        var services = new LinkedHashSet<>(issue.services() == null ? List.of() : issue.services());
        if (services.isEmpty() || !knownServices.containsAll(services)) {
            problems.add(new FieldProblem("services", "must name at least one of " + knownServices));
        }
        var status = status(issue.status(), problems);
        var tenants = issue.tenants() == null ? List.<UUID>of() : List.copyOf(new LinkedHashSet<>(issue.tenants()));
        if (!tenants.stream().allMatch(tenant -> tenant != null && tenantOfOrganisation.test(tenant))) {
            problems.add(new FieldProblem("tenants", "must list tenants of your organisation"));
        }
        var language = issue.language() == null || issue.language().isBlank() ? "en" : issue.language();
        if (!LANGUAGES.contains(language)) {
            problems.add(new FieldProblem("language", "must be pl, en or zh"));
        }
        var translations = new TreeMap<String, NewIssue.Text>();
        if (issue.translations() != null) {
            issue.translations().forEach((key, text) -> {
                if (!LANGUAGES.contains(key) || text == null) {
                    problems.add(new FieldProblem("translations", "keys must be pl, en or zh"));
                    return;
                }
                text(text.title(), MAX_TITLE, "translations." + key + ".title", problems);
                text(text.impactDescription(), MAX_TEXT, "translations." + key + ".impactDescription", problems);
                translations.put(key, new NewIssue.Text(strip(text.title()), strip(text.impactDescription())));
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(
                classification.orElseThrow(),
                strip(issue.title()),
                List.copyOf(services),
                status,
                strip(issue.impactDescription()),
                tenants,
                language,
                translations);
    }

    public static IssueStatus checkPost(String status, String message) {
        var problems = new ArrayList<FieldProblem>();
        var checked = status(status, problems);
        text(message, MAX_TEXT, "message", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return checked;
    }

    private static IssueStatus status(String value, List<FieldProblem> problems) {
        var status = IssueStatus.parse(value);
        if (status.isEmpty()) {
            problems.add(new FieldProblem("status", "must be one of " + IssueStatus.vocabulary()));
            return null;
        }
        return status.get();
    }

    private static void text(String value, int max, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            problems.add(new FieldProblem(field, "must have 1 to " + max + " characters"));
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
