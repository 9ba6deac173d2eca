-- Agent presence and skills, the callback queue, and every expected wait shown with its inputs.

create table contact_agent (
    user_id         uuid         primary key,
    organisation_id varchar(20)  not null,
    partner_id      uuid,
    name            varchar(200) not null,
    presence        varchar(20)  not null,
    presence_since  timestamp with time zone not null,
    version         bigint       not null default 0
);

create index contact_agent_by_organisation on contact_agent (organisation_id, presence);

create table contact_agent_language (
    user_id  uuid        not null references contact_agent (user_id) on delete cascade,
    language varchar(10) not null,
    primary key (user_id, language)
);

create table contact_agent_service (
    user_id    uuid        not null references contact_agent (user_id) on delete cascade,
    service_id varchar(60) not null,
    primary key (user_id, service_id)
);

create table contact_callback (
    tenant_id        uuid         not null,
    id               uuid         not null,
    organisation_id  varchar(20)  not null,
    partner_id       uuid,
    request_id       uuid,
    request_number   varchar(40),
    phone_e164       varchar(20)  not null,
    registered_phone boolean      not null,
    language         varchar(10)  not null,
    service_id       varchar(60),
    severity         varchar(1)   not null,
    severity_rank    integer      not null,
    state            varchar(20)  not null,
    requested_at     timestamp with time zone not null,
    agent_id         uuid,
    accepted_at      timestamp with time zone,
    call_ended_at    timestamp with time zone,
    completed_at     timestamp with time zone,
    handle_seconds   integer,
    phone_call_id    uuid,
    version          bigint       not null default 0,
    primary key (tenant_id, id),
    constraint contact_callback_state check (state in ('WAITING', 'IN_CALL', 'AFTER_CALL', 'COMPLETED', 'CANCELLED'))
);

create unique index contact_callback_by_request on contact_callback (request_id);
create unique index contact_callback_by_id on contact_callback (id);
create index contact_callback_waiting on contact_callback (organisation_id, state, severity_rank, requested_at);
create index contact_callback_completed on contact_callback (organisation_id, completed_at);
create index contact_callback_by_agent on contact_callback (agent_id, state);

create table contact_estimate (
    tenant_id              uuid             not null,
    id                     uuid             not null,
    organisation_id        varchar(20)      not null,
    callback_id            uuid,
    method                 varchar(10)      not null,
    language               varchar(10)      not null,
    shown_at               timestamp with time zone not null,
    arrivals               integer          not null,
    window_seconds         integer          not null,
    completed_contacts     integer          not null,
    mean_handle_seconds    double precision not null,
    handle_cv              double precision not null,
    agents                 integer          not null,
    free_agents            integer          not null,
    queue_position         integer          not null,
    lookahead_seconds      integer          not null,
    no_estimate_reason     varchar(40),
    point_seconds          double precision,
    low_seconds            bigint,
    high_seconds           bigint,
    probability_of_waiting double precision,
    steady_state_weight    double precision not null,
    realized_seconds       double precision,
    primary key (tenant_id, id)
);

create index contact_estimate_by_callback on contact_estimate (callback_id);
create index contact_estimate_by_organisation on contact_estimate (organisation_id, shown_at);
