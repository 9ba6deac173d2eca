-- Requests and messages for the request search benchmark (bench/request-search.sh): ${requests}
-- requests of the organisation 'global' spread over its demo tenants (handled by the provider),
-- each with ${messagesPerRequest} messages (every fifth an internal note), in Polish, English and
-- Chinese by thirds; statuses and severities mixed. Titles and bodies are drawn from a small set of
-- realistic sentences plus a reference word of 1 in 50,000, so queries meet both common and rare
-- words. Run on a database the application created (Flyway and the demo data).
create temporary table seed_tenant as
select row_number() over (order by t.id) - 1 as k, t.id, t.name, a.id as admin_id, a.name as admin_name, a.login
from tenant t
join app_user a on a.tenant_id = t.id and a.login like 'admin@%'
where t.organisation_id = 'global' and t.partner_id is null;

create temporary table seed as
select n, gen_random_uuid() as id, st.id as tenant_id, st.name as tenant_name, st.admin_id, st.admin_name, st.login,
    (array['pl', 'en', 'zh-CN'])[1 + n % 3] as language,
    case when n % 20 = 0 then 'A' when n % 20 < 12 then 'B' else 'C' end as severity,
    (array['NEW', 'IN_PROGRESS', 'AWAITING_CUSTOMER', 'RESOLVED', 'CLOSED', 'CLOSED'])[1 + n % 6] as status,
    now() - interval '730 days' + n * (interval '730 days' / ${requests}) as received_at
from generate_series(1, ${requests}) as n
join seed_tenant st on st.k = n % (select count(*) from seed_tenant);

insert into service_request (tenant_id, id, organisation_id, number, tenant_name, category, service_id,
    classification_id, title, description_markdown, description_html, severity, status, handled_by,
    channel, requester_id, requester_name, on_behalf, contact_phone, contact_email, preferred_method,
    contact_language, available_24x7, received_at, updated_at, version)
select tenant_id, id, 'global', 'SB-2025-' || lpad(n::text, 7, '0'), tenant_name, 'TECHNICAL',
    (array['mail', 'storage', 'identity'])[1 + n % 3], 'mail-flow',
    case language
        when 'pl' then (array['Poczta nie dochodzi do odbiorców', 'Nie mogę zresetować hasła',
            'Skrzynka pocztowa jest pełna', 'Błąd synchronizacji kalendarza', 'Dysk sieciowy niedostępny'])[1 + n % 5]
        when 'en' then (array['Mail is not delivered to recipients', 'Cannot reset my password',
            'Mailbox quota exceeded', 'Calendar sync error', 'Network drive unavailable'])[1 + n % 5]
        else (array['邮件无法送达收件人', '无法重置密码', '邮箱已满', '日历同步错误', '网络驱动器不可用'])[1 + n % 5]
    end || ' ref' || (n % 50000),
    'Described by the customer: ' || (array['since this morning', 'after the update', 'for every user',
        'only on mobile phones', 'intermittently'])[1 + n % 5] || '.',
    '<p>Described.</p>', severity, status, 'PROVIDER', 'API', admin_id, admin_name, false, '+48221234567',
    login, 'EMAIL', language, n % 20 = 0, received_at, received_at, 0
from seed;

insert into request_message (tenant_id, request_id, position, id, created_at, author_id, author_name, author_side,
    kind, internal, body_markdown, body_html)
select s.tenant_id, s.id, m, gen_random_uuid(), s.received_at + m * interval '1 hour', s.admin_id, s.admin_name,
    case when m % 2 = 1 then 'CUSTOMER' else 'AGENT' end, 'MESSAGE', m % 5 = 0,
    case s.language
        when 'pl' then (array['Sprawdziliśmy konfigurację serwera pocztowego i kolejki wiadomości.',
            'Użytkownicy nadal zgłaszają opóźnienia w dostarczaniu poczty.',
            'Prosimy o przesłanie nagłówków wiadomości, które nie dotarły.',
            'Po ponownym uruchomieniu usługi problem ustąpił.',
            'Hasło zostało zresetowane, proszę zalogować się ponownie.'])[1 + (s.n + m) % 5]
        when 'en' then (array['We checked the mail server configuration and the message queues.',
            'Users still report delays in mail delivery.',
            'Please send the headers of the messages that did not arrive.',
            'After restarting the service the problem went away.',
            'The password was reset, please sign in again.'])[1 + (s.n + m) % 5]
        else (array['我们检查了邮件服务器配置和消息队列。', '用户仍然报告邮件投递延迟。',
            '请发送未送达邮件的邮件头。', '重新启动服务后问题消失了。', '密码已重置，请重新登录。'])[1 + (s.n + m) % 5]
    end || ' case' || ((s.n * 7 + m) % 50000),
    '<p>Message.</p>'
from seed s
cross join generate_series(1, ${messagesPerRequest}) as m;

analyze service_request;
analyze request_message;
