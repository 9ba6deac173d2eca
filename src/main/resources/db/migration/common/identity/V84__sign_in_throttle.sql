-- Sign-in throttling: failure counters per login and address, per login and per address, checked
-- under a row lock before a password is evaluated, so that concurrent attempts on any node never
-- evaluate more than a counter allows. in_flight counts the attempts being evaluated, which
-- in_flight_until forgets should a node stop in the middle of one. Times are epoch milliseconds.
-- They replace the per-user lock, whose columns go.

create table sign_in_throttle (
    throttle_key    varchar(400) not null,
    failures        integer      not null,
    allowed_from    bigint       not null,
    last_attempt_at bigint       not null,
    trusted_until   bigint       not null,
    in_flight       integer      not null,
    in_flight_until bigint       not null,
    constraint sign_in_throttle_pk primary key (throttle_key)
);

alter table app_user drop column failed_sign_ins;

alter table app_user drop column locked_until;
