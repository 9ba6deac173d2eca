-- Service requests (R-1, R-2, R-5, R-6, R-16 to R-21, R-25): the requests, their messages and history,
-- the human numbers per support organisation, and the idempotency keys of API retries.

-- One row per organisation and year; intake locks it to hand out the next number.
create table request_number (
    organisation_id varchar(20) not null references support_organisation (id),
    counter_year    integer     not null,
    last_value      bigint      not null,
    primary key (organisation_id, counter_year)
);

-- handled_by: PROVIDER (the organisation's agents) or PARTNER (the agents of partner_id, R-6).
-- sla_due_at is the nearest pending SLA deadline and sla_risk_at the instant from which it is at
-- risk, copied from the sla module so that the agent queue is one indexed query.
create table service_request (
    tenant_id            uuid          not null references tenant (id),
    id                   uuid          not null,
    organisation_id      varchar(20)   not null references support_organisation (id),
    number               varchar(30)   not null,
    tenant_name          varchar(200)  not null,
    category             varchar(20)   not null,
    service_id           varchar(40),
    classification_id    varchar(60)   not null,
    title                varchar(200)  not null,
    description_markdown varchar(20000) not null,
    description_html     varchar(100000) not null,
    severity             varchar(1)    not null,
    status               varchar(20)   not null,
    handled_by           varchar(10)   not null,
    partner_id           uuid          references partner (id),
    partner_name         varchar(200),
    channel              varchar(10)   not null,
    requester_id         uuid          not null,
    requester_name       varchar(200)  not null,
    contact_phone        varchar(20),
    contact_email        varchar(254)  not null,
    preferred_method     varchar(10)   not null,
    contact_language     varchar(10)   not null,
    available_24x7       boolean       not null,
    assignee_id          uuid,
    assignee_name        varchar(200),
    received_at          timestamp with time zone not null,
    first_response_due   timestamp with time zone,
    first_response_at    timestamp with time zone,
    next_update_due      timestamp with time zone,
    sla_due_at           timestamp with time zone,
    sla_risk_at          timestamp with time zone,
    breached             boolean       not null default false,
    resolved_at          timestamp with time zone,
    updated_at           timestamp with time zone not null,
    version              bigint        not null default 0,
    primary key (tenant_id, id),
    constraint service_request_id_unique unique (id),
    constraint service_request_number_unique unique (organisation_id, number),
    constraint service_request_status check (status in ('NEW', 'IN_PROGRESS', 'AWAITING_CUSTOMER', 'RESOLVED', 'CLOSED')),
    constraint service_request_severity check (severity in ('A', 'B', 'C')),
    constraint service_request_handled_by check (handled_by in ('PROVIDER', 'PARTNER')),
    constraint service_request_partner check (handled_by = 'PROVIDER' or partner_id is not null)
);

create index service_request_by_tenant on service_request (tenant_id, received_at desc, id);
create index service_request_provider_queue on service_request (organisation_id, handled_by, sla_due_at, received_at, id);
create index service_request_partner_queue on service_request (partner_id, handled_by, sla_due_at, received_at, id);

-- author_side: CUSTOMER, AGENT or SYSTEM; kind: MESSAGE, CALL_LOG or SYSTEM. Internal notes are
-- shown to agents only.
create table request_message (
    tenant_id     uuid          not null,
    request_id    uuid          not null,
    position      integer       not null,
    id            uuid          not null,
    created_at    timestamp with time zone not null,
    author_id     uuid,
    author_name   varchar(200)  not null,
    author_side   varchar(10)   not null,
    kind          varchar(10)   not null,
    internal      boolean       not null,
    body_markdown varchar(20000) not null,
    body_html     varchar(100000) not null,
    primary key (tenant_id, request_id, position),
    constraint request_message_request foreign key (tenant_id, request_id) references service_request (tenant_id, id)
);

-- kind: OPENED, STATUS, SEVERITY, ASSIGNED, MESSAGE, SLA_BREACHED or DOWNGRADED. dedup_key makes the
-- handling of an sla event idempotent.
create table request_history (
    tenant_id   uuid          not null,
    request_id  uuid          not null,
    position    integer       not null,
    occurred_at timestamp with time zone not null,
    actor_id    uuid,
    actor_name  varchar(200),
    kind        varchar(20)   not null,
    from_value  varchar(200),
    to_value    varchar(200),
    reason      varchar(2000),
    internal    boolean       not null,
    dedup_key   varchar(200),
    primary key (tenant_id, request_id, position),
    constraint request_history_request foreign key (tenant_id, request_id) references service_request (tenant_id, id),
    constraint request_history_dedup unique (dedup_key)
);

-- A retry of POST /api/v1/requests with the same key by the same user returns the first request.
create table request_idempotency (
    user_id         uuid         not null,
    idempotency_key varchar(200) not null,
    tenant_id       uuid         not null,
    request_id      uuid         not null,
    created_at      timestamp with time zone not null,
    primary key (user_id, idempotency_key)
);
