package org.helpline.requests.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.helpline.requests.RequestStatus;
import org.helpline.shared.ProblemException;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;

/**
 * A request broke a rule of the support terms. The problem detail names the rule ({@code rule}:
 * {@code R-20}), so a caller can tell the customer why, and what is allowed instead.
 */
class RuleViolated extends ProblemException {

    private final transient Map<String, Object> properties;

    private RuleViolated(
            int status, String slug, String detail, String rule, List<FieldProblem> fields, Map<String, Object> extra) {
        super(status, slug, detail, fields);
        var all = new LinkedHashMap<String, Object>();
        all.put("rule", rule);
        all.putAll(extra);
        this.properties = Map.copyOf(all);
    }

    /** the severity is not open to this contract and category; {@code allowed} may be empty. */
    static RuleViolated severityNotAllowed(Severity severity, RequestCategory category, Collection<Severity> allowed) {
        var detail = allowed.isEmpty()
                ? "Your support contract does not include " + category + " requests (R-20)."
                : "Severity " + severity + " is not available for " + category + " requests under your support "
                        + "contract (R-20): severity A needs an advanced agreement and a technical request, and "
                        + "billing requests are at most B.";
        return new RuleViolated(
                422,
                "severity-not-allowed",
                detail,
                "R-20",
                List.of(new FieldProblem("severity", "is not allowed (R-20)")),
                Map.of(
                        "allowedSeverities",
                        allowed.stream().sorted().map(Enum::name).toList()));
    }

    /** the admin's kind does not file this category. */
    static RuleViolated categoryNotAllowed(RequestCategory category, Collection<RequestCategory> allowed) {
        return new RuleViolated(
                403,
                "category-not-allowed",
                "Your admin role does not file " + category + " requests (R-2).",
                "R-2",
                List.of(new FieldProblem("category", "is not allowed for your role (R-2)")),
                Map.of(
                        "allowedCategories",
                        allowed.stream().sorted().map(Enum::name).toList()));
    }

    /**
     * severity A needs the business impact stated, a named contact, people available around
     * the clock and a phone that works throughout.
     */
    static RuleViolated severityADuties(List<FieldProblem> fields) {
        return new RuleViolated(
                422,
                "severity-a-duties",
                "Severity A requests need the business impact, a named contact with a phone number "
                        + "and people who stay available 24x7 to work with the engineer (R-18).",
                "R-18",
                fields,
                Map.of());
    }

    /** The lifecycle does not lead from {@code from} to {@code to}. */
    static RuleViolated transition(RequestStatus from, RequestStatus to) {
        return new RuleViolated(
                422,
                "transition-not-allowed",
                "A request cannot move from " + from + " to " + to + ".",
                "lifecycle",
                List.of(new FieldProblem("status", "cannot change from " + from + " to " + to)),
                Map.of("from", from.name(), "to", to.name()));
    }

    /** The change needs a request that is still open (not resolved or closed). */
    static RuleViolated notOpen(RequestStatus status) {
        return new RuleViolated(
                422,
                "request-not-open",
                "The request is " + status + "; reopen it first.",
                "lifecycle",
                List.of(),
                Map.of("status", status.name()));
    }

    /** The customer may reopen only within the window after resolution. */
    static RuleViolated reopenWindowPassed(long days) {
        return new RuleViolated(
                422,
                "reopen-window-passed",
                "A resolved request can be reopened within " + days
                        + " days of its resolution; open a new request instead.",
                "lifecycle",
                List.of(),
                Map.of());
    }

    @Override
    public Map<String, Object> properties() {
        return properties;
    }
}
