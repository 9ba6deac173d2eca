package org.helpline.sla.web;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.internal.SeverityRules;
import org.helpline.sla.internal.SlaCalendar;
import org.helpline.sla.internal.SlaPolicy;
import org.helpline.sla.internal.SlaSettings;
import org.helpline.sla.internal.SlaTarget;
import org.helpline.sla.internal.TargetUnit;
import org.helpline.sla.internal.calendar.OpeningRange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The calendars and policies of the admin's organisation, and the form of one policy. */
@Controller
@RequestMapping("/admin/sla")
@PreAuthorize("hasRole('ORG_ADMIN')")
class SlaAdminController {

    private final SlaSettings settings;

    SlaAdminController(SlaSettings settings) {
        this.settings = settings;
    }

    /** A (category, severity) that the severity rules allow but that has no policy yet. */
    record Pair(RequestCategory category, Severity severity) {}

    /** A span of a target in words: a duration, or a count of business days. */
    record Span(Duration duration, Integer businessDays) {

        static Span of(SlaTarget target) {
            if (target == null) {
                return null;
            }
            return target.unit() == TargetUnit.MINUTES
                    ? new Span(Duration.ofMinutes(target.amount()), null)
                    : new Span(null, target.amount());
        }

        static Span ofMinutes(Integer minutes) {
            return minutes == null ? null : new Span(Duration.ofMinutes(minutes), null);
        }
    }

    /** A policy as the overview lists it, with its calendar's name and its spans. */
    record PolicyRow(SlaPolicy policy, String calendarName, Span firstResponse, Span cadence, Span customerWait) {}

    /** A calendar as the overview lists it: the open days, each with its ranges. */
    record CalendarRow(SlaCalendar calendar, Map<DayOfWeek, String> openDays) {}

    @GetMapping
    String overview(@AuthenticationPrincipal HelplineUser me, Model model) {
        var calendars = settings.calendars(me.organisationId());
        var names = calendars.stream().collect(Collectors.toMap(SlaCalendar::id, SlaCalendar::name));
        var policies = settings.policies(me.organisationId());
        var existing = policies.stream()
                .map(policy -> new Pair(policy.category(), policy.severity()))
                .toList();
        var missing = Arrays.stream(RequestCategory.values())
                .flatMap(category -> Arrays.stream(Severity.values()).map(severity -> new Pair(category, severity)))
                .filter(pair -> !existing.contains(pair))
                .filter(pair -> SeverityRules.capBreakBy(pair.category(), pair.severity())
                        .isEmpty())
                .toList();
        model.addAttribute(
                "calendars", calendars.stream().map(SlaAdminController::row).toList());
        model.addAttribute(
                "policies",
                policies.stream()
                        .map(policy -> new PolicyRow(
                                policy,
                                names.getOrDefault(policy.calendarId(), policy.calendarId()),
                                Span.of(policy.firstResponse()),
                                Span.ofMinutes(policy.updateCadenceMinutes()),
                                Span.of(policy.customerWait())))
                        .toList());
        model.addAttribute("missing", missing);
        return "sla/index";
    }

    @GetMapping("/policies/{category}/{severity}")
    String policy(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable RequestCategory category,
            @PathVariable Severity severity,
            Model model) {
        var form = settings.policy(me.organisationId(), category, severity)
                .map(PolicyForm::of)
                .orElseGet(PolicyForm::new);
        return showPolicy(me, category, severity, form, model);
    }

    @PostMapping("/policies/{category}/{severity}")
    String changePolicy(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable RequestCategory category,
            @PathVariable Severity severity,
            @ModelAttribute("policyForm") PolicyForm form,
            BindingResult result,
            Model model) {
        var calendarIds = settings.calendars(me.organisationId()).stream()
                .map(SlaCalendar::id)
                .collect(Collectors.toSet());
        var change = form.check(severity, calendarIds, result);
        if (change == null || result.hasErrors()) {
            return showPolicy(me, category, severity, form, model);
        }
        try {
            settings.changePolicy(me.organisationId(), category, severity, change);
            return "redirect:/admin/sla?saved";
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
            return showPolicy(me, category, severity, form, model);
        }
    }

    private String showPolicy(
            HelplineUser me, RequestCategory category, Severity severity, PolicyForm form, Model model) {
        model.addAttribute("policyForm", form);
        model.addAttribute("category", category);
        model.addAttribute("severity", severity);
        model.addAttribute("calendars", settings.calendars(me.organisationId()));
        model.addAttribute("units", TargetUnit.values());
        model.addAttribute(
                "lowerSeverities",
                Arrays.stream(Severity.values())
                        .filter(candidate -> candidate.isLessSevereThan(severity))
                        .toList());
        return "sla/policy";
    }

    private static CalendarRow row(SlaCalendar calendar) {
        var open = new EnumMap<DayOfWeek, String>(DayOfWeek.class);
        calendar.hours().forEach((day, ranges) -> {
            if (!ranges.isEmpty()) {
                open.put(day, ranges.stream().map(SlaAdminController::shown).collect(Collectors.joining(", ")));
            }
        });
        return new CalendarRow(calendar, open);
    }

    private static String shown(OpeningRange range) {
        return range.toString().replace("-", "–");
    }
}
