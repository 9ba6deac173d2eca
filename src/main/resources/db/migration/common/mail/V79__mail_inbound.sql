-- The reply token of each (request, recipient address) pair: request e-mails carry it in their
-- Reply-To address and subject; a reply is accepted only from the address it was issued to.
create table mail_reply_token (
    token      varchar(32)  primary key,
    tenant_id  uuid         not null references tenant (id),
    request_id uuid         not null,
    address    varchar(254) not null,
    created_at timestamp with time zone not null
);

create index mail_reply_token_by_request on mail_reply_token (request_id, address);

-- Every e-mail read from the inbound mailbox, once, by its Message-ID: outcome ADDED (to the
-- request's thread) or REFUSED (with reason). The unique key makes a second read of the same
-- e-mail, on any node, a no-op.
create table mail_inbound (
    message_id  varchar(500)  primary key,
    received_at timestamp with time zone not null,
    sender      varchar(254),
    subject     varchar(500),
    outcome     varchar(10)   not null,
    reason      varchar(30),
    tenant_id   uuid,
    request_id  uuid
);
