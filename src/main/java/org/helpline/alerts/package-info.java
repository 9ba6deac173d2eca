/**
 * SLA alerts for staff (issue 7). Listens to {@link org.helpline.sla.SlaAtRisk} and {@link
 * org.helpline.sla.SlaBreached}: the agent a request is assigned to gets both, the supervisors of
 * the request's organisation get breaches. Each recipient gets an in-app alert (the bell in the
 * header, the page {@code /alerts}, {@code /api/v1/alerts}) and an e-mail through the {@code
 * notify} outbox in their language and time zone. An unassigned request's at-risk warning goes to
 * nobody; its breach still reaches the supervisors.
 */
package org.helpline.alerts;
