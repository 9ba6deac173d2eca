-- A request's SLA state is the sla module's alone (sla_clock, read through SlaManagement): the
-- copies of the first-response and update deadlines and of the breach flag go. What stays is the
-- agents' queue order, renamed for what it is: the nearest deadline still owed and the instant it
-- is at risk from, as sla summed them up when the request last changed.
alter table service_request rename column sla_due_at to queue_due_at;
alter table service_request rename column sla_risk_at to queue_risk_at;
alter table service_request drop column first_response_due;
alter table service_request drop column next_update_due;
alter table service_request drop column breached;
