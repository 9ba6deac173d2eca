-- PostgreSQL only (H2 has no partial indexes): index only the rows the queries look for, so
-- the rows they never look for cost no index entry when they are written.
-- The outbox looks for pending messages only; a message marked delivered or failed leaves it.
create index notify_message_pending on notify_message (next_attempt_at, id) where status = 'PENDING';
drop index notify_message_due;
-- Only requests of a tenant with a partner can be in a partner's queue.
create index service_request_partner_queue_routed on service_request (partner_id, handled_by, sla_due_at, received_at, id)
    where partner_id is not null;
drop index service_request_partner_queue;
