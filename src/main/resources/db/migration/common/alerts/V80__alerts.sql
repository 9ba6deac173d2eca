-- In-app SLA alerts of staff users (issue 7). One row per recipient and crossing: the unique key
-- makes a redelivered event a no-op. The request's number and title are copied for the list.
create table sla_alert (
    id             uuid         primary key,
    user_id        uuid         not null references app_user (id) on delete cascade,
    tenant_id      uuid         not null,
    request_id     uuid         not null,
    request_number varchar(30)  not null,
    request_title  varchar(200) not null,
    kind           varchar(10)  not null,
    clock          varchar(20)  not null,
    due_at         timestamp with time zone not null,
    created_at     timestamp with time zone not null,
    read_at        timestamp with time zone,
    constraint sla_alert_once unique (user_id, request_id, clock, kind, due_at),
    constraint sla_alert_kind check (kind in ('AT_RISK', 'BREACHED'))
);

create index sla_alert_by_user on sla_alert (user_id, created_at);
create index sla_alert_unread on sla_alert (user_id, read_at);
