-- The access log stays append-only (NEN 7513 spirit), with one exception: an entry past its 5-year term may be
-- deleted (privacy.AccessLogPurge, nightly). Update and truncate stay refused, and so does the delete of any
-- younger entry, also for the application's own database role.

-- The first moment still kept: midnight, Dutch time, at the start of the day five years ago; in UTC without time
-- zone, like occurred_at (the application writes its timestamps in UTC).
create or replace function vh_access_log_kept_from() returns timestamp
    language sql stable as
$$
select ((date_trunc('day', now() at time zone 'Europe/Amsterdam') - interval '5 years') at time zone 'Europe/Amsterdam')
           at time zone 'UTC';
$$;

create or replace function vh_access_log_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        if old.occurred_at < vh_access_log_kept_from() then
            return old;
        end if;
        raise exception 'vh_access_log is append-only: DELETE is allowed only for entries older than 5 years';
    end if;
    raise exception 'vh_access_log is append-only: % is not allowed', tg_op;
end;
$$;
