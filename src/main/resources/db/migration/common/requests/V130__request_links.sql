-- Requests linked to each other (issue 21): RELATED or DUPLICATE, within one tenant. A link is
-- stored once per direction, so that each request lists its links with one indexed query.
create table request_link (
    tenant_id  uuid        not null,
    request_id uuid        not null,
    linked_id  uuid        not null,
    kind       varchar(10) not null,
    created_at timestamp with time zone not null,
    created_by uuid,
    primary key (tenant_id, request_id, linked_id),
    constraint request_link_from foreign key (tenant_id, request_id) references service_request (tenant_id, id),
    constraint request_link_to foreign key (tenant_id, linked_id) references service_request (tenant_id, id),
    constraint request_link_kind check (kind in ('RELATED', 'DUPLICATE')),
    constraint request_link_not_itself check (request_id <> linked_id)
);

-- A request merged into another: it stays, closed and without its thread, under its own number,
-- and leads to the survivor. A request is merged at most once.
create table request_merge (
    tenant_id   uuid not null,
    merged_id   uuid not null,
    survivor_id uuid not null,
    merged_at   timestamp with time zone not null,
    merged_by   uuid,
    primary key (tenant_id, merged_id),
    constraint request_merge_merged foreign key (tenant_id, merged_id) references service_request (tenant_id, id),
    constraint request_merge_survivor foreign key (tenant_id, survivor_id) references service_request (tenant_id, id)
);

create index request_merge_by_survivor on request_merge (tenant_id, survivor_id);

-- The automation jobs find resolved requests to close by their organisation and resolution time.
create index service_request_resolved on service_request (organisation_id, status, resolved_at);
