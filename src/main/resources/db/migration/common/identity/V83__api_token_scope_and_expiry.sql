-- Personal API tokens get a scope (read or read-write) and an expiry that is always set. Tokens
-- made before this keep working as they did: read-write, expiring one year after this migration.

alter table api_token add column scope varchar(20);

update api_token set scope = 'read-write';

update api_token set expires_at = current_timestamp + interval '1' year where expires_at is null;

alter table api_token alter column scope set not null;

alter table api_token alter column expires_at set not null;
