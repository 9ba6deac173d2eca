-- Issue 21: files come with any message, with a filed request itself (no message), or wait as
-- uploads of one user for the message that names them (pending). Their content moves out of the
-- row into a store: request_attachment_chunk (the database store, in chunks read one at a time so
-- a download never holds a whole file) or a directory (stored_in says which).
alter table request_attachment alter column message_id drop not null;
alter table request_attachment add column pending boolean default false not null;
alter table request_attachment add column uploaded_by uuid;
alter table request_attachment add column stored_in varchar(20) default 'DATABASE' not null;
alter table request_attachment add column thumbnail bytea;

create table request_attachment_chunk (
    tenant_id     uuid    not null,
    attachment_id uuid    not null,
    seq           integer not null,
    data          bytea   not null,
    primary key (tenant_id, attachment_id, seq)
);

insert into request_attachment_chunk (tenant_id, attachment_id, seq, data)
select tenant_id, id, 0, content from request_attachment;

alter table request_attachment drop column content;

create index request_attachment_pending on request_attachment (pending, created_at);
