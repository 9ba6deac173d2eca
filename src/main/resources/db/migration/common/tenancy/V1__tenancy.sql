-- Support organisations (the provider and regional operators), partners, tenants and their profiles.

create table support_organisation (
    id               varchar(20)  primary key,
    name             varchar(200) not null,
    kind             varchar(20)  not null,
    country          varchar(2)   not null,
    time_zone        varchar(64)  not null,
    default_language varchar(10)  not null
);

insert into support_organisation (id, name, kind, country, time_zone, default_language) values
    ('global', 'Helpline Cloud', 'PROVIDER', 'US', 'UTC', 'en'),
    ('cn', 'Helpline Cloud operated in China', 'REGIONAL_OPERATOR', 'CN', 'Asia/Shanghai', 'zh-CN');

create table partner (
    id              uuid         primary key,
    organisation_id varchar(20)  not null references support_organisation (id),
    name            varchar(200) not null,
    phone_e164      varchar(20)  not null,
    email           varchar(254) not null,
    website         varchar(300),
    version         bigint       not null default 0
);

create table tenant (
    id              uuid         primary key,
    organisation_id varchar(20)  not null references support_organisation (id),
    name            varchar(200) not null,
    domain          varchar(253) not null,
    country         varchar(2)   not null,
    time_zone       varchar(64)  not null,
    language        varchar(10)  not null,
    contract        varchar(30)  not null,
    partner_id      uuid         references partner (id),
    created_at      timestamp with time zone not null,
    version         bigint       not null default 0,
    constraint tenant_domain_unique unique (domain)
);

create index tenant_by_organisation on tenant (organisation_id, name);

create table tenant_phone (
    tenant_id  uuid        not null references tenant (id),
    id         uuid        not null,
    e164       varchar(20) not null,
    label      varchar(100),
    primary key (tenant_id, id),
    constraint tenant_phone_unique unique (tenant_id, e164)
);

create index tenant_phone_by_number on tenant_phone (e164);

create table tenant_email (
    tenant_id uuid         not null references tenant (id),
    id        uuid         not null,
    email     varchar(254) not null,
    label     varchar(100),
    primary key (tenant_id, id),
    constraint tenant_email_unique unique (tenant_id, email)
);

create table subscription (
    tenant_id    uuid        not null references tenant (id),
    id           uuid        not null,
    offering     varchar(40) not null,
    kind         varchar(10) not null,
    licences     integer     not null,
    renewal_date date        not null,
    partner_id   uuid        references partner (id),
    version      bigint      not null default 0,
    primary key (tenant_id, id)
);
