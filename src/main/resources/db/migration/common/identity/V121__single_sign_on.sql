-- A tenant's OpenID Connect provider: users of its domains sign in there. The client secret is
-- kept encrypted with helpline.identity.secret-key (IdentitySecrets); the role mapping is in
-- directory_role. With required, the tenant's users cannot sign in with a password.

create table tenant_sso (
    tenant_id      uuid          not null primary key references tenant (id) on delete cascade,
    issuer         varchar(500)  not null,
    client_id      varchar(200)  not null,
    client_secret  varchar(1000) not null,
    roles_claim    varchar(100)  not null,
    required       boolean       not null,
    updated_at     timestamp     not null,
    version        bigint        not null
);

-- Each e-mail domain belongs to one tenant's provider at most.
create table tenant_sso_domain (
    domain    varchar(253) not null primary key,
    tenant_id uuid         not null references tenant_sso (tenant_id) on delete cascade
);

create index tenant_sso_domain_tenant on tenant_sso_domain (tenant_id);
