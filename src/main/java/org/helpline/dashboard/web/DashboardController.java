package org.helpline.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import org.helpline.dashboard.internal.DashboardFilter;
import org.helpline.dashboard.internal.DashboardManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisor's dashboard page, each chart with its figures as a table that {@code dashboard.js}
 * draws with ECharts, and each chart as CSV.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ORG_ADMIN')")
class DashboardController {

    /** A service the filter offers, by name. */
    record ServiceChoice(String id, String name) {}

    private final DashboardManagement dashboard;
    private final MessageSource messages;

    DashboardController(DashboardManagement dashboard, MessageSource messages) {
        this.dashboard = dashboard;
        this.messages = messages;
    }

    @GetMapping("/dashboard")
    String show(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String service,
            Model model,
            Locale locale) {
        var filter = filter(from, to, service);
        var views = new ChartViews(messages, locale, dashboard.serviceNames(me, locale));
        model.addAttribute(
                "charts", dashboard.charts(me, filter).stream().map(views::of).toList());
        model.addAttribute("filter", filter);
        model.addAttribute(
                "services",
                dashboard.services(me).stream()
                        .map(id -> new ServiceChoice(id, views.serviceName(id)))
                        .sorted(Comparator.comparing(ServiceChoice::name, Collator.getInstance(locale)))
                        .toList());
        model.addAttribute("serviceName", filter.serviceId() == null ? null : views.serviceName(filter.serviceId()));
        return "dashboard/dashboard";
    }

    @GetMapping(value = "/dashboard/{chart}.csv")
    ResponseEntity<String> csv(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable String chart,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String service) {
        var found = dashboard.chart(me, filter(from, to, service), chart);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + chart + ".csv\"")
                .body(found.csv());
    }

    private DashboardFilter filter(String from, String to, String service) {
        var defaults = dashboard.defaultFilter();
        var clean = service == null || service.isBlank() ? null : service.strip();
        if (clean != null && clean.length() > 40) {
            throw new InvalidInputException("service", "is at most 40 characters");
        }
        return new DashboardFilter(date("from", from, defaults.from()), date("to", to, defaults.to()), clean);
    }

    private static LocalDate date(String field, String text, LocalDate fallback) {
        try {
            return text == null || text.isBlank() ? fallback : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2026-01-31");
        }
    }
}
