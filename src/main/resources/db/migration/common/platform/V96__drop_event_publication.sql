-- Every module event is handled in its publisher's transaction (decision 7), so Spring Modulith's
-- publication registry records nothing. Rows left here by an older version are not republished:
-- an upgrade lets that version drain them first.
drop table event_publication;
