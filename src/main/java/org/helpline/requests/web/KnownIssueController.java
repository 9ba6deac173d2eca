package org.helpline.requests.web;

import java.util.List;
import java.util.UUID;
import org.helpline.health.KnownIssue;
import org.helpline.requests.internal.KnownIssueOffers;
import org.helpline.shared.HelplineUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Deflection on the "New service request" page: as the admin picks the service or writes the
 * title and description, the active issues that match are shown as known issues; "This is my
 * problem" subscribes the admin to the issue instead of filing a request.
 */
@Controller
class KnownIssueController {

    private static final int MAX_TEXT = 20_000;

    private final KnownIssueOffers knownIssues;

    KnownIssueController(KnownIssueOffers knownIssues) {
        this.knownIssues = knownIssues;
    }

    @GetMapping("/requests/new/known-issues")
    String matching(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) String serviceId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String text,
            Model model) {
        var service = serviceId == null || serviceId.isBlank() ? null : serviceId;
        var issues = knownIssues.matching(me, service, join(title, description, text));
        knownIssues.offered(me, issues.stream().map(KnownIssue::id).toList());
        model.addAttribute("knownIssues", issues);
        return "requests/new :: knownIssuesPart";
    }

    @PostMapping("/requests/new/known-issues/{issueId}")
    String mine(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID issueId, Model model) {
        knownIssues.subscribe(issueId, me);
        model.addAttribute("knownIssues", List.of());
        model.addAttribute("deflected", true);
        return "requests/new :: knownIssuesPart";
    }

    private static String join(String... parts) {
        var text = new StringBuilder();
        for (var part : parts) {
            if (part != null) {
                text.append(part, 0, Math.min(part.length(), MAX_TEXT)).append(' ');
            }
        }
        return text.toString();
    }
}
