package org.helpline.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.helpline.catalog.Catalog;
import org.helpline.catalog.CatalogService;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard of a supervisor or organisation admin: always over their own organisation.
 * Chart ids: attainment, backlog, breaches, response-times, satisfaction, satisfaction-agent,
 * satisfaction-service, satisfaction-severity.
 */
@Service
public class DashboardManagement {

    /** The ids of the charts, in the order the dashboard shows them. */
    public static final List<String> CHARTS = List.of(
            "attainment",
            "backlog",
            "breaches",
            "response-times",
            "satisfaction",
            "satisfaction-agent",
            "satisfaction-service",
            "satisfaction-severity");

    private static final int MAX_DAYS = 366;

    private final ReportingRows rows;
    private final Catalog catalog;
    private final Clock clock;

    DashboardManagement(ReportingRows rows, Catalog catalog, Clock clock) {
        this.rows = rows;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The last eight weeks up to today, every service. */
    public DashboardFilter defaultFilter() {
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new DashboardFilter(today.minusWeeks(8).plusDays(1), today, null);
    }

    /** Every chart, in the order of {@link #CHARTS}. */
    @Transactional(readOnly = true)
    public List<Chart> charts(HelplineUser viewer, DashboardFilter filter) {
        check(viewer, filter);
        return CHARTS.stream().map(id -> figure(viewer, filter, id)).toList();
    }

    /** One chart of {@link #CHARTS}; each reads only the dashboard's projections it needs. */
    @Transactional(readOnly = true)
    public Chart chart(HelplineUser viewer, DashboardFilter filter, String id) {
        check(viewer, filter);
        if (!CHARTS.contains(id)) {
            throw new NotFoundException("chart", id);
        }
        return figure(viewer, filter, id);
    }

    private Chart figure(HelplineUser viewer, DashboardFilter filter, String id) {
        var organisation = viewer.organisationId();
        var from = filter.from();
        var to = filter.to();
        var service = filter.serviceId() == null || filter.serviceId().isBlank() ? null : filter.serviceId();
        var weeks = Figures.weeks(from, to);
        return switch (id) {
            case "attainment" ->
                Figures.attainment(rows.attainment(organisation, from, to, service, clock.instant()), weeks);
            case "backlog" -> Figures.backlog(rows.backlog(organisation, service, clock.instant()));
            case "breaches" -> Figures.breaches(rows.breaches(organisation, from, to, service), weeks);
            case "response-times" -> Figures.responseTimes(rows.responseTimes(organisation, from, to, service));
            case "satisfaction" ->
                Figures.satisfactionTrend(rows.ratings(organisation, from, to, service, null), weeks);
            case "satisfaction-agent" ->
                Figures.satisfactionBy(id, rows.ratings(organisation, from, to, service, "agent_name"));
            case "satisfaction-service" ->
                Figures.satisfactionBy(id, rows.ratings(organisation, from, to, service, "service_id"));
            case "satisfaction-severity" ->
                Figures.satisfactionBy(id, rows.ratings(organisation, from, to, service, "severity"));
            default -> throw new NotFoundException("chart", id);
        };
    }

    /** The services that can be chosen in the filter. */
    @Transactional(readOnly = true)
    public List<String> services(HelplineUser viewer) {
        check(viewer, null);
        return rows.services(viewer.organisationId());
    }

    /** The name of each service of the viewer's catalog in the reader's language, by service id. */
    @Transactional(readOnly = true)
    public Map<String, String> serviceNames(HelplineUser viewer, Locale locale) {
        check(viewer, null);
        return catalog.services(viewer.organisationId(), locale).stream()
                .collect(Collectors.toMap(CatalogService::id, CatalogService::name, (first, second) -> first));
    }

    private static void check(HelplineUser viewer, DashboardFilter filter) {
        if (!viewer.has(Role.SUPERVISOR) && !viewer.has(Role.ORG_ADMIN)) {
            throw new ForbiddenException("The dashboard is for supervisors and organisation admins");
        }
        if (filter == null) {
            return;
        }
        if (filter.from() == null || filter.to() == null || filter.from().isAfter(filter.to())) {
            throw new InvalidInputException("from", "must be a date on or before to");
        }
        if (filter.from().plusDays(MAX_DAYS).isBefore(filter.to())) {
            throw new InvalidInputException("to", "the period is at most 366 days");
        }
    }
}
