-- 100,000 open requests of the organisation 'global', handled by the provider, for the queue
-- benchmark (bench/queue.sh). Run on helpline_bench after the app created the schema and the demo
-- data. Deadlines spread over the past week (breached) to the next 30 days, 5% paused (no deadline);
-- severities 5% A, 60% B, 35% C; statuses NEW, IN_PROGRESS, AWAITING_CUSTOMER; a third assigned to
-- the demo agent; languages en/pl/zh-CN; services mail, storage, identity.
insert into service_request (tenant_id, id, organisation_id, number, tenant_name, category, service_id,
    classification_id, title, description_markdown, description_html, severity, status, handled_by,
    channel, requester_id, requester_name, on_behalf, contact_phone, contact_email, preferred_method,
    contact_language, available_24x7, assignee_id, assignee_name, received_at, first_response_due,
    next_update_due, sla_due_at, sla_risk_at, breached, updated_at, version)
select t.id, gen_random_uuid(), 'global', 'GL-1999-' || lpad(n::text, 6, '0'), t.name, 'TECHNICAL',
    (array['mail', 'storage', 'identity'])[1 + n % 3], 'mail-flow', 'Seeded request ' || n, 'Seeded.',
    '<p>Seeded.</p>',
    case when n % 20 = 0 then 'A' when n % 20 < 12 then 'B' else 'C' end,
    (array['NEW', 'IN_PROGRESS', 'AWAITING_CUSTOMER'])[1 + n % 3], 'PROVIDER', 'API', a.id, a.name, false,
    '+48221234567', 'admin@contoso.example', 'EMAIL', (array['en', 'pl', 'zh-CN'])[1 + (n / 3) % 3],
    n % 20 = 0, case when n % 3 = 1 then g.id end, case when n % 3 = 1 then g.name end,
    now() - interval '8 days' + n * interval '6 seconds', now() + (n - 10000) * interval '25 seconds', null,
    case when n % 20 = 7 then null else now() + (n - 10000) * interval '25 seconds' end,
    case when n % 20 = 7 then null else now() + (n - 10000) * interval '25 seconds' - interval '2 hours' end,
    n < 10000, now(), 0
from generate_series(1, 100000) as n
cross join (select id, name from tenant where name = 'Contoso') t
cross join (select id, name from app_user where login = 'admin@contoso.example') a
cross join (select id, name from app_user where login = 'agent@helpline.example') g;
analyze service_request;
