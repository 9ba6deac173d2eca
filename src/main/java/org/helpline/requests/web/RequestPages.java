package org.helpline.requests.web;

import java.time.Clock;
import org.helpline.catalog.Catalog;
import org.helpline.requests.RequestDetails;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException;
import org.helpline.shared.StaleEditException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the request pages of customers and agents share: the model of a request's page, and how an
 * action refused by a rule comes back to the page as a message instead of an error page.
 */
@Component
class RequestPages {

    private final ClockRows clocks;
    private final Catalog catalog;
    private final RequestManagement requests;
    private final Clock clock;

    RequestPages(ClockRows clocks, Catalog catalog, RequestManagement requests, Clock clock) {
        this.clocks = clocks;
        this.catalog = catalog;
        this.requests = requests;
        this.clock = clock;
    }

    void addDetails(Model model, RequestDetails details) {
        var request = details.request();
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("details", details);
        model.addAttribute("request", request);
        model.addAttribute("sla", details.sla().summary());
        model.addAttribute("clocks", clocks.of(details.sla()));
        model.addAttribute(
                "firstResponse", ClockRows.firstResponse(details.sla()).orElse(null));
        model.addAttribute(
                "serviceName",
                request.serviceId() == null
                        ? null
                        : catalog.service(request.organisationId(), request.serviceId(), locale)
                                .map(service -> service.name())
                                .orElse(request.serviceId()));
        model.addAttribute("categoryName", catalog.categoryName(request.category(), locale));
        model.addAttribute("relatedIssues", requests.relatedIssues(request));
        model.addAttribute("now", clock.instant());
    }

    /** Runs a change; a refusal the user can fix becomes a message on the page they come back to. */
    void attempt(RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException | StaleEditException problem) {
            redirect.addFlashAttribute("actionError", problem.getMessage());
        } catch (ProblemException problem) {
            if (problem.status() != 422) {
                throw problem;
            }
            redirect.addFlashAttribute("actionError", problem.getMessage());
        }
    }
}
