-- Second factors (docs/security.md "Second factors"). A user's TOTP secret is kept sealed with the
-- identity secret key; last_used_step refuses a code a second time within its window. Recovery codes
-- are kept as SHA-256 hashes only: they are shown once, at enrolment or regeneration. A tenant may
-- require a second factor of all its users.

create table user_totp (
    user_id        uuid                     not null references app_user (id) on delete cascade,
    secret_sealed  varchar(500)             not null,
    last_used_step bigint                   not null,
    created_at     timestamp with time zone not null,
    constraint user_totp_pk primary key (user_id)
);

create table user_recovery_code (
    user_id   uuid                     not null references app_user (id) on delete cascade,
    code_hash varchar(64)              not null,
    used_at   timestamp with time zone,
    constraint user_recovery_code_pk primary key (user_id, code_hash)
);

create table tenant_second_factor (
    tenant_id  uuid                     not null references tenant (id) on delete cascade,
    required   boolean                  not null,
    changed_at timestamp with time zone not null,
    constraint tenant_second_factor_pk primary key (tenant_id)
);
