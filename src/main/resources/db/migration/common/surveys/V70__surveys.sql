-- Satisfaction surveys after resolution (R-25): one per request, sent to its requester, answered
-- once through a signed link. went_well and went_badly are comma-separated SurveyTopic names.
create table survey (
    tenant_id       uuid          not null references tenant (id),
    id              uuid          not null,
    request_id      uuid          not null,
    organisation_id varchar(20)   not null,
    number          varchar(30)   not null,
    title           varchar(200)  not null,
    service_id      varchar(40),
    severity        varchar(1)    not null,
    agent_id        uuid,
    agent_name      varchar(200),
    recipient       varchar(254)  not null,
    sent_at         timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    answered_at     timestamp with time zone,
    rating          integer,
    went_well       varchar(200),
    went_badly      varchar(200),
    comment         varchar(2000),
    primary key (tenant_id, id),
    constraint survey_id_unique unique (id),
    constraint survey_request_unique unique (request_id),
    constraint survey_rating check (rating is null or rating between 1 and 5)
);

create index survey_by_organisation on survey (organisation_id, answered_at);
create index survey_by_agent on survey (agent_id, answered_at);

-- The key that signs survey links when helpline.surveys.link-key is not set; the first node makes it.
create table survey_secret (
    name   varchar(40)  primary key,
    secret varchar(200) not null
);
