-- 1,000,000 requests and 200,000 answered surveys for the dashboard benchmark (bench/dashboard.sh),
-- run on helpline_dashboard_bench after the app created the schema and the demo data. Three
-- organisations: 'global' (400,000, tenant Contoso), 'cn' (300,000, Northwind) and 'bench' (300,000,
-- a tenant of its own); received over the two years up to now; services mail, storage, identity,
-- network, backup; severities 10% A, 50% B, 40% C with first-response targets 1 h, 4 h, 24 h. Requests
-- of the last 30 days are half open, older ones closed but for 1 in 500; a third of open requests are
-- still unanswered. 200,000 of every fourth closed request has an answered survey by one of 12 agents.
select setseed(0.42);

insert into support_organisation (id, name, kind, country, time_zone, default_language)
values ('bench', 'Benchmark organisation', 'REGIONAL_OPERATOR', 'DE', 'Europe/Berlin', 'en')
on conflict do nothing;
insert into tenant (id, organisation_id, name, domain, country, time_zone, language, contract, created_at)
values ('00000000-0000-0000-0000-0000000be0c4', 'bench', 'Bench Tenant', 'bench-tenant.example', 'DE',
    'Europe/Berlin', 'en', 'STANDARD', now() - interval '3 years')
on conflict do nothing;

create temporary table seed as
select n,
    case when n % 10 < 4 then 'global' when n % 10 < 7 then 'cn' else 'bench' end as organisation_id,
    (array['mail', 'storage', 'identity', 'network', 'backup'])[1 + (n / 10) % 5] as service_id,
    case when n % 100 < 10 then 'A' when n % 100 < 60 then 'B' else 'C' end as severity,
    now() - interval '730 days' * random() as received_at,
    random() as r1, random() as r2, random() as r3
from generate_series(1, 1000000) as n;

create temporary table seed_request as
select s.*,
    received_at + case severity when 'A' then interval '1 hour' when 'B' then interval '4 hours'
        else interval '24 hours' end as due,
    (received_at > now() - interval '30 days' and r1 < 0.5) or r1 < 0.002 as open,
    -- a response in 0.1 to 1.4 times the target: about 3 in 4 on time
    received_at + case severity when 'A' then interval '1 hour' when 'B' then interval '4 hours'
        else interval '24 hours' end * (0.1 + 1.3 * r2) as responded
from seed s;
update seed_request set responded = null where open and r3 < 0.33;
update seed_request set responded = null where responded > now();

insert into service_request (tenant_id, id, organisation_id, number, tenant_name, category, service_id,
    classification_id, title, description_markdown, description_html, severity, status, handled_by,
    channel, requester_id, requester_name, on_behalf, contact_phone, contact_email, preferred_method,
    contact_language, available_24x7, received_at, first_response_at, resolved_at, updated_at, version)
select t.id, gen_random_uuid(), s.organisation_id, 'BN-' || lpad(s.n::text, 7, '0'), t.name, 'TECHNICAL',
    s.service_id, 'mail-flow', 'Seeded request ' || s.n, 'Seeded.', '<p>Seeded.</p>', s.severity,
    case when s.open then (array['NEW', 'IN_PROGRESS', 'AWAITING_CUSTOMER'])[1 + s.n % 3] else 'CLOSED' end,
    'PROVIDER', 'API', a.id, a.name, false, '+48221234567', 'admin@contoso.example', 'EMAIL', 'en',
    s.severity = 'A', s.received_at, s.responded,
    case when not s.open then s.received_at + interval '3 days' end, now(), 0
from seed_request s
join (select id, organisation_id, name from tenant
      where name in ('Contoso', 'Northwind Traders', 'Bench Tenant')) t on t.organisation_id = s.organisation_id
cross join (select id, name from app_user where login = 'admin@contoso.example') a;

-- the deadlines are sla's: each request's SLA row and first-response clock, breached when the
-- response came late or is still owed past its deadline
insert into sla_request (tenant_id, request_id, organisation_id, category, severity, tenant_zone, received_at,
    closed_at)
select r.tenant_id, r.id, r.organisation_id, 'TECHNICAL', r.severity, 'UTC', r.received_at, r.resolved_at
from service_request r
where r.number like 'BN-%';

insert into sla_clock (tenant_id, request_id, kind, id, state, target_seconds, calendar_time, started_at, due_at,
    met_at, breached_at)
select r.tenant_id, r.id, 'FIRST_RESPONSE', gen_random_uuid(),
    case when coalesce(s.responded > s.due, s.due < now()) then 'BREACHED'
        when s.responded is not null then 'MET' when s.open then 'RUNNING' else 'STOPPED' end,
    cast(extract(epoch from s.due - s.received_at) as bigint), true, s.received_at, s.due, s.responded,
    case when coalesce(s.responded > s.due, s.due < now()) then s.due end
from service_request r
join seed_request s on r.number = 'BN-' || lpad(s.n::text, 7, '0');

insert into survey (tenant_id, id, request_id, organisation_id, number, title, service_id, severity,
    agent_name, recipient, sent_at, expires_at, answered_at, rating)
select r.tenant_id, gen_random_uuid(), r.id, r.organisation_id, r.number, r.title, r.service_id, r.severity,
    'Agent ' || (1 + abs(hashtext(r.number)) % 12) || ' (' || r.organisation_id || ')', 'admin@contoso.example',
    r.resolved_at, r.resolved_at + interval '14 days', least(r.resolved_at + interval '1 day', now()),
    case when abs(hashtext(r.number)) % 10 < 5 then 5 when abs(hashtext(r.number)) % 10 < 7 then 4
        when abs(hashtext(r.number)) % 10 < 8 then 3 when abs(hashtext(r.number)) % 10 < 9 then 2 else 1 end
from service_request r
where r.number like 'BN-%' and r.status = 'CLOSED' and substr(r.number, 4)::int % 4 = 0
order by r.number
limit 200000;

analyze service_request;
analyze sla_request;
analyze sla_clock;
analyze survey;
