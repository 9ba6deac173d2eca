/**
 * The supervisor's dashboard: SLA attainment, backlog, breaches, time to first response and
 * satisfaction of one support organisation, as charts and CSV. It keeps projections of its own
 * (day counters, open and unanswered requests), maintained by listeners on the events of {@code
 * requests}, {@code sla} and {@code surveys}, so a chart reads a few thousand rows however many
 * requests there are. See {@link org.helpline.dashboard.DashboardManagement}.
 */
package org.helpline.dashboard;
