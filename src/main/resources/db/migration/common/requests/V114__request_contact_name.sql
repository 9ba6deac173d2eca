-- R-18: the person to ask for about a request; a severity A request names one.
alter table service_request add column contact_name varchar(120);
