/**
 * The supervisor's dashboard: SLA attainment, backlog, breaches, time to first response and
 * satisfaction of one support organisation, as charts and CSV. Read-only reporting over the
 * tables of {@code requests} and {@code surveys}. See {@link org.helpline.dashboard.DashboardManagement}.
 */
package org.helpline.dashboard;
