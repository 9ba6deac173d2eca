package org.helpline.requestsearch.web;

import java.util.List;
import org.helpline.requests.RequestSearch;
import org.helpline.requests.RequestStatus;
import org.helpline.requestsearch.internal.RequestSearching;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Severity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search of requests as pages: agents search their organisation's requests (partner agents
 * those routed to their partner) from the queue, tenant admins their tenant's from their list. A
 * query that is exactly the number of a visible request opens it. Bad input shows on the page.
 */
@Controller
class RequestSearchController {

    static final int PAGE_SIZE = 20;
    static final List<String> LANGUAGES = List.of("pl", "en", "zh-CN");

    private final RequestSearching searches;

    RequestSearchController(RequestSearching searches) {
        this.searches = searches;
    }

    @GetMapping("/workspace/search")
    String agents(
            @AuthenticationPrincipal HelplineUser me,
            SearchForm form,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return results(me, form, page, model, "/workspace");
    }

    @GetMapping("/requests/search")
    String tenantAdmins(
            @AuthenticationPrincipal HelplineUser me,
            SearchForm form,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return results(me, form, page, model, "");
    }

    /** The options of the search box's number typeahead (an htmx fragment). */
    @GetMapping("/search/request-numbers")
    String numbers(@AuthenticationPrincipal HelplineUser me, @RequestParam(defaultValue = "") String q, Model model) {
        var typed = q.strip();
        model.addAttribute(
                "numbers",
                typed.isEmpty() || typed.length() > 30 || typed.contains(" ")
                        ? List.of()
                        : searches.numbers(me, typed));
        return "requestsearch/box :: numberOptions";
    }

    private String results(HelplineUser me, SearchForm form, int page, Model model, String base) {
        model.addAttribute("form", form);
        model.addAttribute("base", base);
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("languages", LANGUAGES);
        if (form.q() == null || form.q().isBlank()) {
            return "requestsearch/results";
        }
        try {
            var found = searches.search(
                    me,
                    new RequestSearch(
                            form.q(),
                            form.status(),
                            form.severity(),
                            null,
                            form.language(),
                            Math.max(page, 0),
                            PAGE_SIZE));
            var only = found.items().size() == 1 && found.total() == 1
                    ? found.items().get(0)
                    : null;
            if (only != null && only.number().equalsIgnoreCase(form.q().strip())) {
                return "redirect:" + base + "/requests/" + only.id();
            }
            model.addAttribute("found", found);
        } catch (InvalidInputException refused) {
            model.addAttribute("refused", true);
        }
        return "requestsearch/results";
    }

    /** The search box and its filters; null filters nothing. */
    record SearchForm(String q, RequestStatus status, Severity severity, String language) {}
}
