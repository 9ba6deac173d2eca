-- People in copy of a request (issue 21): the tenant admin's colleagues of the same tenant and the
-- agents' colleagues watching it. Each gets the request's e-mails and may answer them by e-mail.
-- staff is true for a watcher from the support side, whom the customer does not see.
create table request_copy (
    tenant_id   uuid         not null,
    request_id  uuid         not null,
    email       varchar(254) not null,
    user_id     uuid         not null,
    staff       boolean      not null,
    added_by    varchar(200) not null,
    added_at    timestamp with time zone not null,
    primary key (tenant_id, request_id, email),
    constraint request_copy_request foreign key (tenant_id, request_id) references service_request (tenant_id, id)
);

create index request_copy_by_request on request_copy (request_id);
