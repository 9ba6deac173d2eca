-- Limits on verification codes hold across concurrent sends and nodes: a send locks one row per
-- limit it is counted against (the tenant, the caller's number, the agent), in that order, before
-- it counts the sends of the window; each challenge names its agent for the per-agent count.
create table phone_send_lock (
    scope   varchar(10) not null,
    subject varchar(40) not null,
    primary key (scope, subject)
);

alter table phone_challenge add column agent_id uuid;

update phone_challenge c set agent_id = (
    select p.agent_id from phone_call p where p.tenant_id = c.tenant_id and p.id = c.call_id);

alter table phone_challenge alter column agent_id set not null;

create index phone_challenge_by_agent on phone_challenge (agent_id, created_at);

-- A code's hash names the key it was made with ("<key id>.<hash>"), so keys can be rotated.
alter table phone_challenge alter column code_hash set data type varchar(80);
