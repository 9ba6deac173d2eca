-- Service health (R-3): incidents and advisories of a support organisation, the services they
-- affect, the tenants they are limited to (none listed: every tenant), their timeline of posts,
-- subscriptions of admins who chose "this is my problem", and deflection counts.

create table health_issue (
    organisation_id    varchar(20)   not null references support_organisation (id),
    id                 uuid          not null,
    classification     varchar(10)   not null,
    status             varchar(40)   not null,
    language           varchar(5)    not null,
    title              varchar(300)  not null,
    impact_description varchar(4000) not null,
    started_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    resolved_at        timestamp with time zone,
    declared_by        varchar(254),
    version            bigint        not null default 0,
    primary key (organisation_id, id),
    constraint health_issue_id_unique unique (id),
    constraint health_issue_classification check (classification in ('INCIDENT', 'ADVISORY'))
);

create index health_issue_by_start on health_issue (organisation_id, started_at);

-- Title and impact in further languages; the issue row holds the text in its own language.
create table health_issue_text (
    organisation_id    varchar(20)   not null,
    issue_id           uuid          not null,
    language           varchar(5)    not null,
    title              varchar(300)  not null,
    impact_description varchar(4000) not null,
    primary key (organisation_id, issue_id, language),
    constraint health_text_issue foreign key (organisation_id, issue_id) references health_issue (organisation_id, id)
);

create table health_issue_service (
    organisation_id varchar(20) not null,
    issue_id        uuid        not null,
    service_id      varchar(40) not null,
    primary key (organisation_id, issue_id, service_id),
    constraint health_service_issue foreign key (organisation_id, issue_id) references health_issue (organisation_id, id)
);

create table health_issue_tenant (
    organisation_id varchar(20) not null,
    issue_id        uuid        not null,
    tenant_id       uuid        not null,
    primary key (organisation_id, issue_id, tenant_id),
    constraint health_tenant_issue foreign key (organisation_id, issue_id) references health_issue (organisation_id, id)
);

create table health_post (
    organisation_id varchar(20)   not null,
    issue_id        uuid          not null,
    id              uuid          not null,
    posted_at       timestamp with time zone not null,
    status          varchar(40)   not null,
    message         varchar(4000) not null,
    author          varchar(254),
    primary key (organisation_id, issue_id, id),
    constraint health_post_issue foreign key (organisation_id, issue_id) references health_issue (organisation_id, id)
);

create table health_subscription (
    tenant_id       uuid        not null,
    issue_id        uuid        not null,
    user_id         uuid        not null,
    organisation_id varchar(20) not null,
    subscribed_at   timestamp with time zone not null,
    primary key (tenant_id, issue_id, user_id)
);

create index health_subscription_by_issue on health_subscription (issue_id);

-- One row each time known issues were offered to an admin writing a request, and whether the
-- admin chose one of them instead of filing (deflected).
create table health_deflection (
    organisation_id varchar(20) not null,
    id              uuid        not null,
    tenant_id       uuid,
    user_id         uuid        not null,
    issue_id        uuid,
    deflected       boolean     not null,
    happened_at     timestamp with time zone not null,
    primary key (organisation_id, id)
);

create index health_deflection_by_time on health_deflection (organisation_id, happened_at);
