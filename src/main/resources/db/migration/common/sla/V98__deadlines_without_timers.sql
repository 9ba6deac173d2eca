-- Passed deadlines are found by one recurring task (DeadlineWatch) instead of a db-scheduler timer
-- per clock, which cost every filing a round trip: the clocks' timer names go, the running clocks
-- get an index by deadline, and the timers still pending are dropped (the watch breaches their
-- clocks when they are due).
create index sla_clock_running_due on sla_clock (state, due_at);
alter table sla_clock drop column timer;
delete from scheduled_tasks where task_name = 'sla-deadline';
