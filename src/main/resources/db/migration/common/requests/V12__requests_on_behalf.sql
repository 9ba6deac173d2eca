-- Requests filed on a tenant's behalf by an agent on the phone or by a partner agent: the requester
-- is then the agent, and on_behalf is true.
alter table service_request add column on_behalf boolean not null default false;
