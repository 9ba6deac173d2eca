-- Routine automation per support organisation (issue 21): closing resolved requests, reminding a
-- customer who keeps a request waiting, and assigning new requests. No row: the defaults of
-- helpline.automation.*. A null number of days switches that step off. Automatic assignment takes
-- the requests received since it was switched on (auto_assign_since), not the backlog before.
create table automation_settings (
    organisation_id           varchar(20) not null references support_organisation (id),
    close_resolved_after_days integer,
    remind_after_days         integer,
    auto_assign               boolean     not null,
    auto_assign_since         timestamp with time zone,
    updated_at                timestamp with time zone not null,
    version                   bigint      not null default 0,
    primary key (organisation_id),
    constraint automation_close_days check (close_resolved_after_days between 1 and 365),
    constraint automation_remind_days check (remind_after_days between 1 and 365)
);

-- When each agent last got a request automatically: among agents with as few open requests, the
-- one who waited longest is next (round robin).
create table automation_assignee (
    organisation_id  varchar(20) not null,
    user_id          uuid        not null,
    last_assigned_at timestamp with time zone not null,
    primary key (organisation_id, user_id)
);
