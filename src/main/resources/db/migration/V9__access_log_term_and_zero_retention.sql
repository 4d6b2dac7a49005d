-- Issue 7: the access log's own 5-year term, and a retention term of zero years. Runs on H2 2.x and PostgreSQL 15.

-- The nightly purge (privacy.AccessLogPurge) looks for entries older than 5 years.
create index ix_access_log_occurred on vh_access_log (occurred_at);

-- A region may decide to keep a closed case for no time at all: it is then destroyed by the next retention run.
alter table vh_retention_term drop constraint ck_retention_term_years;
alter table vh_retention_term add constraint ck_retention_term_years check (years between 0 and 30);
