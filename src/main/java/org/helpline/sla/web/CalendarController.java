package org.helpline.sla.web;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.sla.internal.CalendarInput;
import org.helpline.sla.internal.SlaCalendar;
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

    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.equals("UTC")
                    || zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    private final SlaSettings settings;

    CalendarController(SlaSettings settings) {
        this.settings = settings;
    }

    /**
     * What the preview fragment shows; {@code zone} is the zone the calendar was read in, {@code
     * invalid} says that the form must be corrected first.
     */
    record Preview(Instant due, Duration businessTime, String zone, boolean tenantZone, boolean invalid) {}

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
        var change = result.hasErrors() ? null : CalendarFormRules.check(form, true, result);
        if (change == null) {
            return show(form, true, model);
        }
        try {
            settings.createCalendar(me.organisationId(), form.getId().strip(), change);
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
        settings.calendar(me.organisationId(), id);
        form.setId(id);
        var change = result.hasErrors() ? null : CalendarFormRules.check(form, false, result);
        if (change == null) {
            return show(form, false, model);
        }
        try {
            settings.changeCalendar(me.organisationId(), id, change);
            return "redirect:/admin/sla?saved";
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
            return show(form, false, model);
        }
    }

    @PostMapping("/preview")
    String preview(
            @AuthenticationPrincipal HelplineUser me,
            @ModelAttribute("calendarForm") CalendarForm form,
            BindingResult result,
            Model model) {
        var change = result.hasErrors() ? null : CalendarFormRules.check(form, false, result);
        if (change == null) {
            model.addAttribute("preview", new Preview(null, null, null, false, true));
            return "sla/calendar :: preview";
        }
        var zone = form.isTenantZone() ? settings.organisationZone(me.organisationId()) : ZoneId.of(change.zone());
        try {
            var calendar = CalendarInput.calendar(zone, change.hours(), change.holidays(), "hours");
            var due = form.getFiledAt() == null || target(form) == null
                    ? null
                    : calendar.addBusinessTime(
                            form.getFiledAt().atZone(me.zone()).toInstant(),
                            target(form).on(calendar));
            var businessTime = form.getFrom() == null || form.getTo() == null
                    ? null
                    : calendar.businessTimeBetween(
                            form.getFrom().atZone(me.zone()).toInstant(),
                            form.getTo().atZone(me.zone()).toInstant());
            model.addAttribute("preview", new Preview(due, businessTime, zone.getId(), form.isTenantZone(), false));
        } catch (InvalidInputException e) {
            model.addAttribute("preview", new Preview(null, null, null, false, true));
        }
        return "sla/calendar :: preview";
    }

    /** The preview's target, or null when its amount is missing or out of range. */
    private static SlaTarget target(CalendarForm form) {
        try {
            return form.getTargetAmount() == null || form.getTargetUnit() == null
                    ? null
                    : new SlaTarget(form.getTargetAmount(), form.getTargetUnit());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The zones to choose from, with the calendar's own even if it is an alias left out of the list. */
    static List<String> zonesWith(String current) {
        if (current == null
                || current.isBlank()
                || current.equals(SlaCalendar.TENANT_ZONE)
                || ZONES.contains(current)) {
            return ZONES;
        }
        return Stream.concat(Stream.of(current), ZONES.stream()).toList();
    }

    private String show(CalendarForm form, boolean isNew, Model model) {
        model.addAttribute("calendarForm", form.withBlankRows());
        model.addAttribute("isNew", isNew);
        model.addAttribute(
                "days", Arrays.stream(DayOfWeek.values()).map(Enum::name).toList());
        model.addAttribute("zones", zonesWith(form.getZone()));
        model.addAttribute("units", TargetUnit.values());
        return "sla/calendar";
    }
}
