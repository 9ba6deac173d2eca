package org.helpline.sla.api;

import jakarta.validation.Valid;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.sla.internal.CalendarInput;
import org.helpline.sla.internal.SlaSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Previews for staff of a support organisation: the deadlines a request would get under its
 * policies, and deadline and business-time questions about a calendar being edited. Other
 * organisations' policies and tenants are not found.
 */
@RestController
@RequestMapping("/api/v1/sla")
@PreAuthorize("hasAnyRole('ORG_ADMIN', 'AGENT', 'SUPERVISOR')")
class SlaPreviewRestController {

    static final long MAX_BUSINESS_MINUTES = 10L * 366 * 24 * 60;

    private final SlaSettings settings;

    SlaPreviewRestController(SlaSettings settings) {
        this.settings = settings;
    }

    @PostMapping("/preview")
    PreviewResponse preview(@AuthenticationPrincipal HelplineUser me, @Valid @RequestBody PreviewRequest request) {
        if (!request.organisation().equals(me.organisationId())) {
            throw new NotFoundException("Support organisation", request.organisation());
        }
        return PreviewResponse.of(settings.preview(
                me.organisationId(), request.tenantId(), request.category(), request.severity(), request.receivedAt()));
    }

    @PostMapping("/calendars/evaluate")
    Map<String, Object> evaluate(@Valid @RequestBody EvaluateRequest request) {
        var body = request.calendar();
        var zone = ZoneId.of(CalendarInput.zone(body.zone(), "calendar.zone", false));
        var calendar = CalendarInput.calendar(
                zone,
                CalendarInput.hours(body.hours(), "calendar.hours"),
                CalendarInput.holidays(body.holidays(), "calendar.holidays"),
                "calendar.hours");
        if (request.start() != null || request.businessMinutes() != null) {
            if (request.start() == null) {
                throw new InvalidInputException("start", "is required with businessMinutes");
            }
            if (request.businessMinutes() == null
                    || request.businessMinutes() < 0
                    || request.businessMinutes() > MAX_BUSINESS_MINUTES) {
                throw new InvalidInputException("businessMinutes", "is 0 to " + MAX_BUSINESS_MINUTES);
            }
            return Map.of(
                    "due", calendar.addBusinessTime(request.start(), Duration.ofMinutes(request.businessMinutes())));
        }
        if (request.from() == null || request.to() == null) {
            throw new InvalidInputException(
                    request.from() == null ? "from" : "to",
                    "is required: send start and businessMinutes, or from and to");
        }
        if (request.to().isBefore(request.from())) {
            throw new InvalidInputException("to", "must not be before from");
        }
        return Map.of(
                "businessMinutes",
                calendar.businessTimeBetween(request.from(), request.to()).toMinutes());
    }
}
