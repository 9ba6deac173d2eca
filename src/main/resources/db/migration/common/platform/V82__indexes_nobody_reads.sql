-- Indexes that no query reads, each written on every request filed:
-- the outbox claims its rows by locking them and no longer looks them up by claim token,
-- and db-scheduler orders by priority only when priority is enabled, which it is not here.
drop index notify_message_by_claim;
drop index scheduled_tasks_priority_execution_time;
