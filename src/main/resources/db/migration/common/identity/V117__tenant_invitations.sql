-- A tenant's admins invite their own people. An invited user exists, disabled, until they follow
-- the one-time link of their invitation and choose a password; only a hash of the link's token is
-- kept, so the table cannot be read back into working links. The last sign-in is shown to admins.

create table user_invitation (
    token_hash varchar(64)              not null,
    user_id    uuid                     not null references app_user (id) on delete cascade,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    constraint user_invitation_pk primary key (token_hash)
);

create index user_invitation_user on user_invitation (user_id);

alter table app_user add column last_sign_in_at timestamp with time zone;
