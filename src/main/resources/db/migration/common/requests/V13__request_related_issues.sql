-- Service health issues that matched a request when it was filed (R-3): the active issues of its
-- service or text, with their title and status as the admin saw them then.
create table request_related_issue (
    tenant_id   uuid          not null,
    request_id  uuid          not null,
    issue_id    uuid          not null,
    title       varchar(300)  not null,
    status      varchar(40)   not null,
    primary key (tenant_id, request_id, issue_id),
    foreign key (tenant_id, request_id) references service_request (tenant_id, id)
);
