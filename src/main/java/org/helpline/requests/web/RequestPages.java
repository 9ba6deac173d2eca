package org.helpline.requests.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpline.catalog.Catalog;
import org.helpline.catalog.CatalogService;
import org.helpline.requests.AttachmentsProperties;
import org.helpline.requests.RequestDetails;
import org.helpline.requests.RequestManagement;
import org.helpline.requests.internal.Linking;
import org.helpline.requests.internal.QueuePage;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException;
import org.helpline.shared.StaleEditException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the request pages of customers and agents share: the model of a request's page, and how an
 * action refused by a rule comes back to the page as a message in the reader's language instead
 * of an error page.
 */
@Component
class RequestPages {

    private final Catalog catalog;
    private final RequestManagement requests;
    private final MessageSource messages;
    private final Linking linking;
    private final Clock clock;
    private final FileLimits fileLimits;

    RequestPages(
            Catalog catalog,
            RequestManagement requests,
            MessageSource messages,
            Linking linking,
            Clock clock,
            AttachmentsProperties attachments) {
        this.fileLimits = FileLimits.of(attachments);
        this.catalog = catalog;
        this.requests = requests;
        this.messages = messages;
        this.linking = linking;
        this.clock = clock;
    }

    /**
     * The request that request {@code id} was merged into, when the user may see both: its page
     * leads there, telling which request was merged into it.
     */
    Optional<UUID> survivor(HelplineUser me, UUID id, RedirectAttributes redirect) {
        var survivor = linking.survivor(me, id);
        survivor.ifPresent(found -> redirect.addFlashAttribute("mergedFrom", linking.numberOf(me, id)));
        return survivor;
    }

    /** The model of a request's page; {@code agent} pages name statuses in the agents' words. */
    void addDetails(Model model, RequestDetails details, boolean agent) {
        var request = details.request();
        var locale = LocaleContextHolder.getLocale();
        var now = clock.instant();
        model.addAttribute("details", details);
        model.addAttribute("fileLimits", fileLimits);
        model.addAttribute("request", request);
        model.addAttribute("sla", details.sla().summary());
        model.addAttribute("clocks", ClockRows.of(details.sla(), now));
        model.addAttribute(
                "timeline",
                details.sla().timeline().stream().map(TimelineLine::of).toList());
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
        model.addAttribute("links", linking.linksOf(request));
        model.addAttribute("history", new HistoryLines(messages, locale, agent).of(details.history()));
        model.addAttribute("statusKey", agent ? "requests.agentStatus." : "requests.status.");
        model.addAttribute("now", now);
        model.addAttribute(
                "copies", requests.peopleInCopy(HelplineUser.current().orElseThrow(), request.id()));
    }

    /** The services of the viewer's organisation, by name in the reader's language. */
    List<CatalogService> services(HelplineUser me) {
        return catalog.services(me.organisationId(), LocaleContextHolder.getLocale());
    }

    /** The queue's requests with their badges now and their services by name. */
    static List<RequestRow> rows(QueuePage queue, List<CatalogService> services, Instant now) {
        var names = services.stream().collect(Collectors.toMap(CatalogService::id, CatalogService::name));
        return queue.items().stream()
                .map(request -> new RequestRow(
                        request,
                        SlaBadges.of(queue.sla(request), request.status(), now),
                        request.serviceId() == null
                                ? null
                                : names.getOrDefault(request.serviceId(), request.serviceId())))
                .toList();
    }

    /** Runs a change; a refusal the user can fix becomes a message on the page they come back to. */
    void attempt(RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException | StaleEditException problem) {
            redirect.addFlashAttribute("actionError", message(problem));
        } catch (ProblemException problem) {
            if (problem.status() != 422 && problem.status() != 413) {
                throw problem;
            }
            redirect.addFlashAttribute("actionError", message(problem));
        }
    }

    /** The refusal in the reader's words: by the field it names, else by its kind. */
    private String message(ProblemException problem) {
        var locale = LocaleContextHolder.getLocale();
        var general = messages.getMessage("requests.problem." + problem.slug(), null, null, locale);
        if (!problem.fieldProblems().isEmpty()) {
            var field = problem.fieldProblems().get(0).field();
            var specific = messages.getMessage("requests.action.error." + field, null, null, locale);
            if (specific != null) {
                return specific;
            }
        }
        return general != null ? general : messages.getMessage("requests.problem.other", null, locale);
    }
}
