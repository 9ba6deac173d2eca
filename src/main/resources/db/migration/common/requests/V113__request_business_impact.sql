-- R-18: a severity A request states its impact on the customer's business, in the admin's words.
alter table service_request add column business_impact varchar(4000);
