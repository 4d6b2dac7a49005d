-- The access log is append-only (NEN 7513 spirit): no update, delete or truncate, not even by the application's own
-- database role. Removing entries after their 5-year term is a separate, privileged maintenance step.
create or replace function vh_access_log_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'vh_access_log is append-only: % is not allowed', tg_op;
end;
$$;

create trigger vh_access_log_no_update_or_delete
    before update or delete on vh_access_log
    for each row execute function vh_access_log_append_only();

create trigger vh_access_log_no_truncate
    before truncate on vh_access_log
    for each statement execute function vh_access_log_append_only();
