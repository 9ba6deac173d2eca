-- At-risk warnings (issue 7): at_risk_at is the instant at which 75% of a running clock's target is
-- used (null when no warning is owed: not running, target zero, or already warned); one recurring
-- task claims due rows by setting at_risk_warned_at, so each crossing is warned about once.
alter table sla_clock add column at_risk_at timestamp with time zone;
alter table sla_clock add column at_risk_warned_at timestamp with time zone;

create index sla_clock_at_risk on sla_clock (at_risk_at);
