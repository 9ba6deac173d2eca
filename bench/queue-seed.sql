-- 100,000 open requests of the organisation 'global', handled by the provider, for the queue
-- benchmark (bench/queue.sh), with their SLA rows and first-response clocks, since a queue page
-- reads each request's SLA summary from sla. Run on helpline_bench after the app created the schema
-- and the demo data. Deadlines spread over the past week (breached) to the next 30 days, 5% with
-- the first response met and nothing owed; severities 5% A, 60% B, 35% C; statuses NEW,
-- IN_PROGRESS, AWAITING_CUSTOMER; a third assigned to the demo agent; languages en/pl/zh-CN;
-- services mail, storage, identity.
create temporary table seed as
select n, gen_random_uuid() as id, t.id as tenant_id, t.name as tenant_name, a.id as requester_id,
    a.name as requester_name, g.id as agent_id, g.name as agent_name,
    case when n % 20 = 0 then 'A' when n % 20 < 12 then 'B' else 'C' end as severity,
    now() - interval '8 days' + n * interval '6 seconds' as received_at,
    now() + (n - 10000) * interval '25 seconds' as first_due,
    n % 20 = 7 as answered
from generate_series(1, 100000) as n
cross join (select id, name from tenant where name = 'Contoso') t
cross join (select id, name from app_user where login = 'admin@contoso.example') a
cross join (select id, name from app_user where login = 'agent@helpline.example') g;

insert into service_request (tenant_id, id, organisation_id, number, tenant_name, category, service_id,
    classification_id, title, description_markdown, description_html, severity, status, handled_by,
    channel, requester_id, requester_name, on_behalf, contact_phone, contact_email, preferred_method,
    contact_language, available_24x7, assignee_id, assignee_name, received_at, first_response_at,
    queue_due_at, queue_risk_at, updated_at, version)
select tenant_id, id, 'global', 'GL-1999-' || lpad(n::text, 6, '0'), tenant_name, 'TECHNICAL',
    (array['mail', 'storage', 'identity'])[1 + n % 3], 'mail-flow', 'Seeded request ' || n, 'Seeded.',
    '<p>Seeded.</p>', severity,
    (array['NEW', 'IN_PROGRESS', 'AWAITING_CUSTOMER'])[1 + n % 3], 'PROVIDER', 'API', requester_id,
    requester_name, false, '+48221234567', 'admin@contoso.example', 'EMAIL', (array['en', 'pl', 'zh-CN'])[1 + (n / 3) % 3],
    n % 20 = 0, case when n % 3 = 1 then agent_id end, case when n % 3 = 1 then agent_name end,
    received_at, case when answered then received_at + interval '1 hour' end,
    case when not answered then first_due end,
    case when not answered then first_due - interval '2 hours' end,
    now(), 0
from seed;

insert into sla_request (tenant_id, request_id, organisation_id, category, severity, tenant_zone, received_at)
select tenant_id, id, 'global', 'TECHNICAL', severity, 'Europe/Warsaw', received_at from seed;

insert into sla_clock (tenant_id, request_id, kind, id, state, target_seconds, calendar_time, started_at, due_at,
    met_at, breached_at)
select tenant_id, id, 'FIRST_RESPONSE', gen_random_uuid(),
    case when answered then 'MET' when n < 10000 then 'BREACHED' else 'RUNNING' end,
    8 * 3600, true, received_at, first_due,
    case when answered then received_at + interval '1 hour' end,
    case when n < 10000 and not answered then first_due end
from seed;

analyze service_request;
analyze sla_request;
analyze sla_clock;
