-- One table for the generated keys of every module (platform StoredKeys), named <module>.<key>;
-- the keys already generated move over unchanged, so codes, payloads and links stay valid.
create table app_secret (
    name   varchar(60)  primary key,
    secret varchar(200) not null
);

insert into app_secret (name, secret) select 'phone.' || name, secret from phone_secret;
insert into app_secret (name, secret) select 'notify.' || name, secret from notify_secret;
insert into app_secret (name, secret) select 'surveys.' || name, secret from survey_secret;

drop table phone_secret;
drop table notify_secret;
drop table survey_secret;
