-- Which request e-mails a tenant admin has turned off; a missing row means the e-mail is sent.
-- kind: FILED, ANSWERED, INFO_REQUESTED, SEVERITY_CHANGED, RESOLVED or CLOSED.
create table mail_preference (
    tenant_id  uuid        not null references tenant (id),
    user_id    uuid        not null references app_user (id) on delete cascade,
    kind       varchar(20) not null,
    enabled    boolean     not null,
    updated_at timestamp with time zone not null,
    primary key (tenant_id, user_id, kind)
);
