-- Phone support: the country/region directory (R-7, R-14, R-15, R-21), calls taken by agents,
-- verification challenges (R-9) and the key that hashes verification codes.

-- Releases of the directory data file shipped in the application (classpath resource). A
-- migration adds a release; the first node to start loads it and sets loaded_at.
create table phone_directory_release (
    release   integer      primary key,
    resource  varchar(200) not null,
    loaded_at timestamp with time zone
);

insert into phone_directory_release (release, resource) values (1, 'phone/directory-v1.json');

-- Bumped by every change of the directory, so every node's cache notices it.
create table phone_directory_revision (
    id       integer primary key,
    revision bigint  not null
);

insert into phone_directory_revision (id, revision) values (1, 0);

create table phone_international_line (
    id        varchar(20) primary key,
    e164      varchar(20) not null,
    languages varchar(100) not null,
    version   bigint      not null default 0
);

create table phone_region (
    code            varchar(8)   primary key,
    organisation_id varchar(20)  not null references support_organisation (id),
    phone_region    varchar(2)   not null,
    time_zone       varchar(64)  not null,
    seed_name       varchar(120) not null,
    name_en         varchar(120),
    name_pl         varchar(120),
    name_zh         varchar(120),
    languages       varchar(100) not null,
    version         bigint       not null default 0
);

create table phone_region_number (
    region_code varchar(8)  not null references phone_region (code),
    position    integer     not null,
    e164        varchar(20) not null,
    display     varchar(40),
    kind        varchar(20) not null,
    primary key (region_code, position)
);

create table phone_region_hours (
    region_code   varchar(8)  not null references phone_region (code),
    position      integer     not null,
    service       varchar(20) not null,
    first_day     integer     not null,
    last_day      integer     not null,
    opens_minute  integer     not null,
    closes_minute integer     not null,
    primary key (region_code, position)
);

create table phone_call (
    tenant_id        uuid        not null references tenant (id),
    id               uuid        not null,
    organisation_id  varchar(20) not null,
    agent_id         uuid        not null,
    caller_e164      varchar(20) not null,
    registered       boolean     not null,
    started_at       timestamp with time zone not null,
    ended_at         timestamp with time zone,
    grant_reason     varchar(20),
    granted_at       timestamp with time zone,
    grant_expires_at timestamp with time zone,
    version          bigint      not null default 0,
    primary key (tenant_id, id)
);

create index phone_call_by_id on phone_call (id);
create index phone_call_by_agent on phone_call (agent_id, tenant_id);

create table phone_challenge (
    tenant_id          uuid         not null,
    id                 uuid         not null,
    call_id            uuid         not null,
    caller_e164        varchar(20)  not null,
    channel            varchar(10)  not null,
    destination_id     uuid         not null,
    masked_destination varchar(254) not null,
    code_hash          varchar(64)  not null,
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone not null,
    wrong_tries        integer      not null default 0,
    state              varchar(12)  not null,
    message_id         uuid,
    primary key (tenant_id, id)
);

create index phone_challenge_by_call on phone_challenge (call_id, created_at);
create index phone_challenge_by_tenant on phone_challenge (tenant_id, created_at);
create index phone_challenge_by_caller on phone_challenge (caller_e164, created_at);

create table phone_secret (
    name  varchar(40)  primary key,
    secret varchar(200) not null
);
