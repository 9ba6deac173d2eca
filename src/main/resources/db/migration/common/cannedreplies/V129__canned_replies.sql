-- Canned replies (issue 21): personal (owner_id), a team's (service_id: the agents who handle that
-- service) or the whole desk's. A desk is a support organisation's own staff (partner_id null) or
-- one partner's agents. Bodies are Markdown with placeholders, one per language; set_status,
-- set_severity (with severity_reason) and assignment are what applying the reply also does.
create table canned_reply (
    organisation_id varchar(20)    not null,
    id              uuid           not null,
    partner_id      uuid,
    scope           varchar(12)    not null,
    owner_id        uuid,
    service_id      varchar(60),
    shortcut        varchar(40)    not null,
    title           varchar(120)   not null,
    body_en         varchar(20000),
    body_pl         varchar(20000),
    body_zh_cn      varchar(20000),
    set_status      varchar(30),
    set_severity    varchar(1),
    severity_reason varchar(2000),
    assignment      varchar(10),
    created_by      uuid           not null,
    updated_at      timestamp with time zone not null,
    version         bigint         not null default 0,
    primary key (organisation_id, id),
    constraint canned_reply_scope check (scope in ('PERSONAL', 'TEAM', 'ORGANISATION')),
    constraint canned_reply_owner check ((scope = 'PERSONAL') = (owner_id is not null)),
    constraint canned_reply_team check ((scope = 'TEAM') = (service_id is not null))
);

create index canned_reply_by_shortcut on canned_reply (organisation_id, shortcut);
