-- SCIM 2.0 provisioning (RFC 7643/7644) from a tenant's directory. The users themselves are
-- app_user rows; these tables keep what only the directory knows: its secret (as a SHA-256 hash),
-- the users' external ids and name parts, and its groups with their members.

create table scim_secret (
    tenant_id    uuid                     not null primary key references tenant (id) on delete cascade,
    secret_hash  varchar(64)              not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(254)             not null,
    last_used_at timestamp with time zone,
    constraint scim_secret_hash unique (secret_hash)
);

create table scim_user (
    user_id            uuid                     not null primary key references app_user (id) on delete cascade,
    tenant_id          uuid                     not null references tenant (id) on delete cascade,
    external_id        varchar(200),
    given_name         varchar(200),
    family_name        varchar(200),
    formatted_name     varchar(400),
    work_email         varchar(254),
    preferred_language varchar(35),
    last_modified      timestamp with time zone not null,
    version            bigint                   not null
);

create index scim_user_by_tenant on scim_user (tenant_id, external_id);

create table scim_group (
    id            uuid                     not null primary key,
    tenant_id     uuid                     not null references tenant (id) on delete cascade,
    display_name  varchar(200)             not null,
    external_id   varchar(200),
    created_at    timestamp with time zone not null,
    last_modified timestamp with time zone not null,
    version       bigint                   not null
);

create index scim_group_by_tenant on scim_group (tenant_id, display_name);

create table scim_group_member (
    group_id uuid not null references scim_group (id) on delete cascade,
    user_id  uuid not null references app_user (id) on delete cascade,
    constraint scim_group_member_pk primary key (group_id, user_id)
);

create index scim_group_member_by_user on scim_group_member (user_id);
