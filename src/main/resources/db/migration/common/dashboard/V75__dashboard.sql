-- Indexes for the dashboard's reporting queries over service requests of one organisation: those
-- received in a period, and those still open.
create index service_request_reporting on service_request (organisation_id, received_at);
create index service_request_open_by_organisation on service_request (organisation_id, status, received_at);
