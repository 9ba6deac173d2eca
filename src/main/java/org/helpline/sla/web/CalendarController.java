package org.helpline.sla.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.sla.internal.CalendarInput;
import org.helpline.sla.internal.SlaSettings;
import org.helpline.sla.internal.SlaTarget;
import org.helpline.sla.internal.TargetUnit;
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

/**
 * Creating and editing a calendar of the admin's organisation, with a live preview of a deadline
 * and of the business time between two moments, both entered in the admin's own zone.
 */
@Controller
@RequestMapping("/admin/sla/calendars")
@PreAuthorize("hasRole('ORG_ADMIN')")
class CalendarController {

    private final SlaSettings settings;

    CalendarController(SlaSettings settings) {
        this.settings = settings;
    }

    /** What the preview fragment shows; {@code zone} is the zone the calendar was read in. */
    record Preview(Instant due, Long businessMinutes, String zone, boolean tenantZone, String error) {}

    @GetMapping("/new")
    String create(Model model) {
        return show(new CalendarForm(), true, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal HelplineUser me,
            @ModelAttribute("calendarForm") CalendarForm form,
            BindingResult result,
            Model model) {
        try {
            settings.createCalendar(me.organisationId(), form.getId(), form.toChange());
            return "redirect:/admin/sla?saved";
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
            return show(form, true, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal HelplineUser me, @PathVariable String id, Model model) {
        return show(CalendarForm.of(settings.calendar(me.organisationId(), id)), false, model);
    }

    @PostMapping("/{id}")
    String change(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable String id,
            @ModelAttribute("calendarForm") CalendarForm form,
            BindingResult result,
            Model model) {
        try {
            settings.changeCalendar(me.organisationId(), id, form.toChange());
            return "redirect:/admin/sla?saved";
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
            form.setId(id);
            return show(form, false, model);
        }
    }

    @PostMapping("/preview")
    String preview(
            @AuthenticationPrincipal HelplineUser me, @ModelAttribute("calendarForm") CalendarForm form, Model model) {
        var zone = form.isTenantZone() ? settings.organisationZone(me.organisationId()) : null;
        try {
            var change = form.toChange();
            zone = zone != null ? zone : ZoneId.of(CalendarInput.zone(change.zone(), "zone", false));
            var calendar = CalendarInput.calendar(zone, change.hours(), change.holidays(), "hours");
            var due = form.getFiledAt() == null || form.getTargetAmount() == null || form.getTargetUnit() == null
                    ? null
                    : calendar.addBusinessTime(
                            form.getFiledAt().atZone(me.zone()).toInstant(),
                            target(form).on(calendar));
            var minutes = form.getFrom() == null || form.getTo() == null
                    ? null
                    : calendar.businessTimeBetween(
                                    form.getFrom().atZone(me.zone()).toInstant(),
                                    form.getTo().atZone(me.zone()).toInstant())
                            .toMinutes();
            model.addAttribute("preview", new Preview(due, minutes, zone.getId(), form.isTenantZone(), null));
        } catch (InvalidInputException e) {
            model.addAttribute("preview", new Preview(null, null, null, false, e.getMessage()));
        }
        return "sla/calendar :: preview";
    }

    private static SlaTarget target(CalendarForm form) {
        try {
            return new SlaTarget(form.getTargetAmount(), form.getTargetUnit());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("targetAmount", e.getMessage());
        }
    }

    private String show(CalendarForm form, boolean isNew, Model model) {
        model.addAttribute("calendarForm", form);
        model.addAttribute("isNew", isNew);
        model.addAttribute(
                "days", Arrays.stream(DayOfWeek.values()).map(Enum::name).toList());
        model.addAttribute("units", TargetUnit.values());
        return "sla/calendar";
    }
}
