-- Users of tenants, support organisations and partners; their roles and personal API tokens.

create table app_user (
    id              uuid         primary key,
    login           varchar(254) not null,
    name            varchar(200) not null,
    password_hash   varchar(200) not null,
    tenant_id       uuid         references tenant (id),
    organisation_id varchar(20)  not null references support_organisation (id),
    partner_id      uuid         references partner (id),
    language        varchar(10),
    time_zone       varchar(64),
    enabled         boolean      not null default true,
    failed_sign_ins integer      not null default 0,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null,
    version         bigint       not null default 0,
    constraint app_user_login_unique unique (login)
);

create index app_user_by_tenant on app_user (tenant_id);
create index app_user_by_organisation on app_user (organisation_id, login);

create table user_role (
    user_id uuid        not null references app_user (id) on delete cascade,
    role    varchar(30) not null,
    primary key (user_id, role)
);

create table api_token (
    id           uuid         primary key,
    user_id      uuid         not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint api_token_hash_unique unique (token_hash)
);

create index api_token_by_user on api_token (user_id, created_at);
