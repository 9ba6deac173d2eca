-- The outbox: messages written in the transaction of the business change that caused them and
-- delivered afterwards by a worker. A claim (claimed_by, claimed_until) hands a message to one
-- worker of one node; secret values (verification codes) are kept encrypted and erased once the
-- message is delivered or given up.

create table notify_message (
    id              uuid          primary key,
    channel         varchar(10)   not null,
    recipient       varchar(254)  not null,
    locale          varchar(20)   not null,
    template        varchar(120)  not null,
    subject_key     varchar(120),
    payload         varchar(4000) not null,
    secret_payload  varchar(2000),
    status          varchar(12)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamp with time zone not null,
    not_after       timestamp with time zone,
    claimed_by      varchar(64),
    claimed_until   timestamp with time zone,
    last_error      varchar(500),
    created_at      timestamp with time zone not null,
    delivered_at    timestamp with time zone
);

create index notify_message_due on notify_message (status, next_attempt_at);
create index notify_message_by_claim on notify_message (claimed_by);

create table notify_secret (
    name  varchar(40)  primary key,
    secret varchar(200) not null
);
