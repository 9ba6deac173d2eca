package org.helpline.sla.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.internal.SlaSettings;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The calendars and SLA policies of the organisation admin's organisation. */
@RestController
@RequestMapping("/api/v1/sla")
@PreAuthorize("hasRole('ORG_ADMIN')")
class SlaSettingsRestController {

    private final SlaSettings settings;

    SlaSettingsRestController(SlaSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/calendars")
    List<CalendarResponse> calendars(@AuthenticationPrincipal HelplineUser me) {
        return settings.calendars(me.organisationId()).stream()
                .map(CalendarResponse::of)
                .toList();
    }

    @GetMapping("/calendars/{id}")
    CalendarResponse calendar(@AuthenticationPrincipal HelplineUser me, @PathVariable String id) {
        return CalendarResponse.of(settings.calendar(me.organisationId(), id));
    }

    @PostMapping("/calendars")
    ResponseEntity<CalendarResponse> create(
            @AuthenticationPrincipal HelplineUser me, @Valid @RequestBody CalendarRequest request) {
        if (request.id() == null) {
            throw new InvalidInputException("id", "is required");
        }
        var created = settings.createCalendar(me.organisationId(), request.id(), request.toChange());
        return ResponseEntity.created(URI.create("/api/v1/sla/calendars/" + created.id()))
                .body(CalendarResponse.of(created));
    }

    @PutMapping("/calendars/{id}")
    CalendarResponse change(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable String id,
            @Valid @RequestBody CalendarRequest request) {
        return CalendarResponse.of(settings.changeCalendar(me.organisationId(), id, request.toChange()));
    }

    @GetMapping("/policies")
    List<PolicyResponse> policies(@AuthenticationPrincipal HelplineUser me) {
        return settings.policies(me.organisationId()).stream()
                .map(PolicyResponse::of)
                .toList();
    }

    @PutMapping("/policies/{category}/{severity}")
    PolicyResponse changePolicy(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable RequestCategory category,
            @PathVariable Severity severity,
            @Valid @RequestBody PolicyRequest request) {
        return PolicyResponse.of(settings.changePolicy(me.organisationId(), category, severity, request.toChange()));
    }
}
