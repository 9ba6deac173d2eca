-- Append-only audit trail: rows are inserted, never updated or deleted by the application.

create table audit_event (
    id              uuid         primary key,
    occurred_at     timestamp with time zone not null,
    actor_id        uuid,
    actor_login     varchar(254),
    organisation_id varchar(20),
    tenant_id       uuid,
    action          varchar(60)  not null,
    target          varchar(200),
    details         varchar(2000),
    remote_address  varchar(64)
);

create index audit_by_organisation on audit_event (organisation_id, occurred_at desc);
create index audit_by_tenant on audit_event (tenant_id, occurred_at desc);
