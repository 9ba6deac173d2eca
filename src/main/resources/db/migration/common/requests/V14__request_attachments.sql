-- Files attached to a message of a request's thread (today: those of a customer's reply by
-- e-mail). Read only together with their request, so tenant isolation follows the request's.
create table request_attachment (
    tenant_id    uuid          not null,
    request_id   uuid          not null,
    message_id   uuid          not null,
    id           uuid          not null,
    position     integer       not null,
    file_name    varchar(255)  not null,
    content_type varchar(255)  not null,
    size_bytes   bigint        not null,
    content      bytea         not null,
    created_at   timestamp with time zone not null,
    primary key (tenant_id, request_id, id),
    constraint request_attachment_request foreign key (tenant_id, request_id) references service_request (tenant_id, id)
);

create index request_attachment_by_message on request_attachment (tenant_id, request_id, message_id, position);
