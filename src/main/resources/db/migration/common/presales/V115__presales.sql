-- Presales inquiries from prospects (R-14): people who are not customers yet ask through the public
-- page /presales or POST /api/v1/presales-inquiries. Each support organisation keeps their requests
-- under a "Prospects" tenant of its own, which has no users, so only its agents see them.

-- The prospects tenant of each organisation. The organisations of V1 get theirs here (the same
-- columns as tenancy's createProspectsTenant writes); an organisation added later gets one on its
-- first inquiry.
create table presales_tenant (
    organisation_id varchar(20) primary key references support_organisation (id),
    tenant_id       uuid        not null references tenant (id)
);

insert into tenant (id, organisation_id, name, domain, country, time_zone, language, contract, partner_id,
                    created_at, version)
select cast('6a1f4d1e-6f0c-4c38-9d0e-7a1c2b3d4e01' as uuid), id, 'Prospects', 'prospects.global.invalid', country, time_zone,
       default_language, 'STANDARD', null, current_timestamp, 0
  from support_organisation where id = 'global';

insert into tenant (id, organisation_id, name, domain, country, time_zone, language, contract, partner_id,
                    created_at, version)
select cast('6a1f4d1e-6f0c-4c38-9d0e-7a1c2b3d4e02' as uuid), id, 'Prospects', 'prospects.cn.invalid', country, time_zone,
       default_language, 'STANDARD', null, current_timestamp, 0
  from support_organisation where id = 'cn';

insert into presales_tenant (organisation_id, tenant_id)
select organisation_id, id from tenant
 where id in (cast('6a1f4d1e-6f0c-4c38-9d0e-7a1c2b3d4e01' as uuid), cast('6a1f4d1e-6f0c-4c38-9d0e-7a1c2b3d4e02' as uuid));

-- A prospect: one per organisation and e-mail address; a later inquiry refreshes the details.
create table prospect (
    id              uuid         primary key,
    organisation_id varchar(20)  not null references support_organisation (id),
    name            varchar(200) not null,
    company         varchar(200) not null,
    email           varchar(254) not null,
    phone_e164      varchar(20),
    country         varchar(2)   not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint prospect_email_unique unique (organisation_id, email)
);

-- An inquiry links the prospect to the request it filed, a request of the requests module named by
-- its tenant, id and number (that module's tables are its own, so no key refers to them). email and
-- client_address are kept to count the inquiries of an address and of a client within the rate
-- limit's window; idempotency_key makes a retry of the API with the same key and e-mail return the
-- first inquiry.
create table presales_inquiry (
    id              uuid         primary key,
    organisation_id varchar(20)  not null references support_organisation (id),
    prospect_id     uuid         not null references prospect (id),
    tenant_id       uuid         not null references tenant (id),
    request_id      uuid         not null,
    request_number  varchar(30)  not null,
    topic           varchar(60)  not null,
    email           varchar(254) not null,
    client_address  varchar(100) not null,
    idempotency_key varchar(200),
    received_at     timestamp with time zone not null,
    constraint presales_inquiry_key_unique unique (email, idempotency_key)
);

create index presales_inquiry_by_email on presales_inquiry (email, received_at);
create index presales_inquiry_by_client on presales_inquiry (client_address, received_at);
create index presales_inquiry_by_prospect on presales_inquiry (prospect_id, received_at);

-- Rate limits hold across concurrent inquiries and nodes: an inquiry locks the row of its e-mail
-- address and then of its client address before it counts the inquiries of the window.
create table presales_limit_lock (
    scope   varchar(10)  not null,
    subject varchar(254) not null,
    primary key (scope, subject)
);
