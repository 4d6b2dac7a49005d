-- The close reason holds a code and the professional's text ("INGETROKKEN: <reason>", up to 250 characters by the
-- API, or "AFGESCHAALD_<reason>: <label> (regio ...)"): 64 characters cut a withdrawal with a longer reason off in a
-- failing job after the API had answered 202.
alter table vh_case alter column close_reason set data type varchar(300);
