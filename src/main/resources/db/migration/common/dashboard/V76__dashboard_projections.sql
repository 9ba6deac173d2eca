-- The dashboard's own projections, kept by listeners on the events of requests, sla and surveys so
-- that a chart reads a few thousand rows whatever the number of requests.
-- dashboard_request: one row per request with what the charts need ('' when no service). unanswered
-- marks a first response that is due and not given; the attainment chart counts those once past due.
create table dashboard_request (
    id                 uuid          not null primary key,
    organisation_id    varchar(20)   not null,
    service_id         varchar(40)   not null,
    severity           varchar(1)    not null,
    received_at        timestamp with time zone not null,
    first_response_due timestamp with time zone,
    first_response_at  timestamp with time zone,
    breached           boolean       not null,
    is_open            boolean       not null,
    unanswered         boolean       not null
);
create index dashboard_request_open on dashboard_request (organisation_id, is_open, service_id, severity, received_at);
create index dashboard_request_unanswered
    on dashboard_request (organisation_id, unanswered, received_at, severity, service_id, first_response_due);

-- Per day of receipt (UTC): first responses given on a due request and how many by the deadline,
-- breached requests and first responses by how long they took.
create table dashboard_request_day (
    organisation_id varchar(20) not null,
    bucket_day      date        not null,
    service_id      varchar(40) not null,
    severity        varchar(1)  not null,
    responded       integer     not null,
    met             integer     not null,
    breached        integer     not null,
    under_15m       integer     not null,
    under_1h        integer     not null,
    under_4h        integer     not null,
    under_24h       integer     not null,
    over_24h        integer     not null,
    primary key (organisation_id, bucket_day, service_id, severity)
);

-- Answered surveys already counted (an answer never changes), and ratings per day of answering.
create table dashboard_survey (
    id              uuid        not null primary key,
    organisation_id varchar(20) not null,
    answered_at     timestamp with time zone not null
);

create table dashboard_survey_day (
    organisation_id varchar(20)  not null,
    bucket_day      date         not null,
    service_id      varchar(40)  not null,
    severity        varchar(1)   not null,
    agent_name      varchar(200) not null,
    answers         integer      not null,
    rating_sum      integer      not null,
    primary key (organisation_id, bucket_day, service_id, severity, agent_name)
);

-- backfill: the projections of what the tables hold when this runs (bench/dashboard.sh reruns what follows)
insert into dashboard_request (id, organisation_id, service_id, severity, received_at, first_response_due,
    first_response_at, breached, is_open, unanswered)
select id, organisation_id, coalesce(service_id, ''), severity, received_at, first_response_due, first_response_at,
    breached, status not in ('RESOLVED', 'CLOSED'), first_response_at is null and first_response_due is not null
from service_request;

insert into dashboard_request_day (organisation_id, bucket_day, service_id, severity, responded, met, breached, under_15m,
    under_1h, under_4h, under_24h, over_24h)
select organisation_id, cast(received_at at time zone 'UTC' as date), service_id, severity,
    sum(case when first_response_at is not null and first_response_due is not null then 1 else 0 end),
    sum(case when first_response_at is not null and first_response_at <= first_response_due then 1 else 0 end),
    sum(case when breached then 1 else 0 end),
    sum(case when first_response_at < received_at + interval '15' minute then 1 else 0 end),
    sum(case when first_response_at >= received_at + interval '15' minute
        and first_response_at < received_at + interval '1' hour then 1 else 0 end),
    sum(case when first_response_at >= received_at + interval '1' hour
        and first_response_at < received_at + interval '4' hour then 1 else 0 end),
    sum(case when first_response_at >= received_at + interval '4' hour
        and first_response_at < received_at + interval '24' hour then 1 else 0 end),
    sum(case when first_response_at >= received_at + interval '24' hour then 1 else 0 end)
from dashboard_request
group by organisation_id, cast(received_at at time zone 'UTC' as date), service_id, severity;

insert into dashboard_survey (id, organisation_id, answered_at)
select id, organisation_id, answered_at from survey where answered_at is not null and rating is not null;

insert into dashboard_survey_day (organisation_id, bucket_day, service_id, severity, agent_name, answers, rating_sum)
select organisation_id, cast(answered_at at time zone 'UTC' as date), coalesce(service_id, ''), severity,
    coalesce(agent_name, ''), count(*), sum(rating)
from survey
where answered_at is not null and rating is not null
group by organisation_id, cast(answered_at at time zone 'UTC' as date), coalesce(service_id, ''), severity,
    coalesce(agent_name, '');
