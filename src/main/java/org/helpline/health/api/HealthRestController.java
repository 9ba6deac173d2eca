package org.helpline.health.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.health.DeflectionStats;
import org.helpline.health.HealthIssue;
import org.helpline.health.IssuePost;
import org.helpline.health.KnownIssues;
import org.helpline.health.NewIssue;
import org.helpline.health.ServiceHealth;
import org.helpline.health.ServiceStatus;
import org.helpline.shared.HelplineUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Service health for programs: services, issues with posts, declarations and updates, subscription, feed. */
@RestController
@RequestMapping("/api/v1/health")
class HealthRestController {

    private final ServiceHealth health;
    private final KnownIssues knownIssues;

    HealthRestController(ServiceHealth health, KnownIssues knownIssues) {
        this.health = health;
        this.knownIssues = knownIssues;
    }

    @GetMapping("/services")
    List<ServiceStatus> services(@AuthenticationPrincipal HelplineUser me) {
        return health.services(me, LocaleContextHolder.getLocale());
    }

    @GetMapping("/issues")
    List<HealthIssue> issues(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String service) {
        return health.issues(me, state, service, LocaleContextHolder.getLocale());
    }

    @GetMapping("/issues/{id}")
    HealthIssue issue(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        return health.issue(me, id, LocaleContextHolder.getLocale());
    }

    record IssueRequest(
            @NotBlank String classification,
            @NotBlank @Size(max = 300) String title,
            @NotEmpty List<@NotBlank String> services,
            @NotBlank String status,
            @NotBlank @Size(max = 4000) String impactDescription,
            List<UUID> tenants,
            String language,
            Map<String, NewIssue.Text> translations) {}

    record Created(UUID id) {}

    @PostMapping("/issues")
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'SUPERVISOR')")
    ResponseEntity<Created> declare(
            @AuthenticationPrincipal HelplineUser me, @Valid @RequestBody IssueRequest request) {
        var issue = health.declare(
                me,
                new NewIssue(
                        request.classification(),
                        request.title(),
                        request.services(),
                        request.status(),
                        request.impactDescription(),
                        request.tenants(),
                        request.language(),
                        request.translations()));
        return ResponseEntity.created(URI.create("/api/v1/health/issues/" + issue.id()))
                .body(new Created(issue.id()));
    }

    record PostRequest(
            @NotBlank String status,
            @NotBlank @Size(max = 4000) String message) {}

    @PostMapping("/issues/{id}/posts")
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'SUPERVISOR')")
    ResponseEntity<IssuePost> post(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, @Valid @RequestBody PostRequest request) {
        var post = health.post(me, id, request.status(), request.message());
        return ResponseEntity.created(URI.create("/api/v1/health/issues/" + id)).body(post);
    }

    record Subscription(UUID issueId, boolean subscribed) {}

    /** "This is my problem": subscribes the tenant admin and counts a deflection. */
    @PostMapping("/issues/{id}/subscription")
    Subscription subscribe(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        knownIssues.subscribe(id, me);
        return new Subscription(id, true);
    }

    @GetMapping("/deflections")
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'SUPERVISOR')")
    DeflectionStats deflections(@AuthenticationPrincipal HelplineUser me) {
        return knownIssues.deflections(me);
    }

    @GetMapping("/feed.atom")
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
}
