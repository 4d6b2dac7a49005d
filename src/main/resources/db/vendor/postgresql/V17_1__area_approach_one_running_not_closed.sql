-- One running area approach per case: an approach that ended with its case (CASE_CLOSED) no longer counts as running.
drop index ux_area_approach_one_running;
create unique index ux_area_approach_one_running on vh_area_approach (case_id) where status not in ('COMPLETED', 'CASE_CLOSED');
