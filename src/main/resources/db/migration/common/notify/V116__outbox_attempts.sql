-- When a message was last tried (delivered, put back for a retry, given up or bounced), for the
-- org admins' outbox and the health of the last minutes; has_secrets tells a message whose secret
-- values (a verification code) were erased when it failed, so it cannot be sent again.
alter table notify_message add column last_attempt_at timestamp with time zone;
alter table notify_message add column has_secrets boolean default false not null;
update notify_message set has_secrets = true where secret_payload is not null;
update notify_message set last_attempt_at = delivered_at where delivered_at is not null;
create index notify_message_attempted on notify_message (status, last_attempt_at);
