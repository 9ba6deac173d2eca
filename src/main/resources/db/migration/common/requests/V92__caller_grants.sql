-- The caller verifications the phone module passes in (R-9): an agent files on a tenant's behalf
-- and logs a call only while one of theirs for the tenant has not expired. A call's row goes when
-- the call ends.
create table caller_grant (
    tenant_id  uuid not null,
    call_id    uuid not null,
    agent_id   uuid not null,
    expires_at timestamp with time zone not null,
    primary key (tenant_id, call_id)
);

create index caller_grant_by_agent on caller_grant (agent_id, tenant_id);

-- The grants of the calls in progress while this migration runs, taken over once from phone's table.
insert into caller_grant (tenant_id, call_id, agent_id, expires_at)
select tenant_id, id, agent_id, grant_expires_at
  from phone_call
 where ended_at is null and grant_reason is not null and grant_expires_at > current_timestamp;
