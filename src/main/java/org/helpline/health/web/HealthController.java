package org.helpline.health.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.health.Classification;
import org.helpline.health.IssueStatus;
import org.helpline.health.KnownIssues;
import org.helpline.health.NewIssue;
import org.helpline.health.ServiceHealth;
import org.helpline.health.ServiceStatus;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /health}: services with their status, active issues, the 90-day history; an issue page
 * with its timeline, "This is my problem" for tenant admins and the update form for organisation
 * admins and supervisors; the declaration form; and the Atom feed of what the reader sees.
 */
@Controller
class HealthController {

    private final ServiceHealth health;
    private final KnownIssues knownIssues;

    HealthController(ServiceHealth health, KnownIssues knownIssues) {
        this.health = health;
        this.knownIssues = knownIssues;
    }

    @GetMapping("/health")
    String home(@AuthenticationPrincipal HelplineUser me, Model model) {
        var locale = LocaleContextHolder.getLocale();
        var services = health.services(me, locale);
        model.addAttribute("services", services);
        model.addAttribute("serviceNames", names(services));
        model.addAttribute("active", health.issues(me, "active", null, locale));
        model.addAttribute("history", health.issues(me, "resolved", null, locale));
        model.addAttribute("mayDeclare", ServiceHealth.mayDeclare(me));
        return "health/home";
    }

    @GetMapping("/health/issues/{id}")
    String issue(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, Model model) {
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("issue", health.issue(me, id, locale));
        model.addAttribute("serviceNames", names(health.services(me, locale)));
        model.addAttribute("mayDeclare", ServiceHealth.mayDeclare(me));
        model.addAttribute("statuses", IssueStatus.values());
        return "health/issue";
    }

    @PostMapping("/health/issues/{id}/posts")
    String post(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String message) {
        health.post(me, id, status, message);
        return "redirect:/health/issues/" + id;
    }

    @PostMapping("/health/issues/{id}/subscription")
    String subscribe(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        if (!me.isTenantAdmin()) {
            throw new ForbiddenException("Admins of a customer subscribe to issues.");
        }
        knownIssues.subscribe(id, me);
        return "redirect:/health/issues/" + id + "?subscribed";
    }

    @GetMapping("/health/issues/new")
    String declareForm(@AuthenticationPrincipal HelplineUser me, Model model) {
        return form(me, model, Map.of());
    }

    @PostMapping("/health/issues")
    String declare(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) String classification,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) List<String> services,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String impactDescription,
            @RequestParam(required = false) String language,
            Model model) {
        try {
            var issue = health.declare(
                    me,
                    new NewIssue(
                            classification, title, services, status, impactDescription, List.of(), language, Map.of()));
            return "redirect:/health/issues/" + issue.id();
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "entered",
                    new Entered(
                            classification,
                            title,
                            services == null ? List.of() : services,
                            status,
                            impactDescription,
                            language));
            return form(me, model, DeclareErrors.of(e));
        }
    }

    @GetMapping("/health/feed.atom")
    ResponseEntity<String> feed(@AuthenticationPrincipal HelplineUser me, HttpServletRequest request) {
        var self = ServletUriComponentsBuilder.fromRequestUri(request).build().toUriString();
        var page = ServletUriComponentsBuilder.fromContextPath(request)
                .path("/health")
                .build()
                .toUriString();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(health.feed(me, LocaleContextHolder.getLocale(), self, page));
    }

    private String form(HelplineUser me, Model model, Map<String, String> errors) {
        if (!ServiceHealth.mayDeclare(me)) {
            throw new ForbiddenException("Issues are declared by the organisation's admins and supervisors.");
        }
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", new Entered("incident", "", List.of(), "investigating", "", "en"));
        }
        model.addAttribute("services", health.declarableServices(me, LocaleContextHolder.getLocale()));
        model.addAttribute("statuses", IssueStatus.values());
        model.addAttribute("classifications", Classification.values());
        return "health/declare";
    }

    private static Map<String, String> names(List<ServiceStatus> services) {
        var names = new java.util.HashMap<String, String>();
        services.forEach(service -> names.put(service.serviceId(), service.name()));
        return names;
    }

    /** What the declaring admin typed, shown again beside the errors. */
    record Entered(
            String classification,
            String title,
            List<String> services,
            String status,
            String impactDescription,
            String language) {}
}
