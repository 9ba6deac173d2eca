-- R-7: the international line keeps its own time zone and hours, so a region without a number of
-- its own shows when that line answers instead of hours the region never had. Release 2 of the
-- directory file carries them.
alter table phone_international_line add column time_zone varchar(64);

create table phone_international_hours (
    position      integer     primary key,
    service       varchar(20) not null,
    first_day     integer     not null,
    last_day      integer     not null,
    opens_minute  integer     not null,
    closes_minute integer     not null
);

insert into phone_directory_release (release, resource) values (2, 'phone/directory-v2.json');
