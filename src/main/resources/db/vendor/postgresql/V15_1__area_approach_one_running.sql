-- At most one running (not COMPLETED, not CASE_CLOSED) area approach per case, also when two starts arrive at the same moment:
-- AreaApproaches checks it first, this index makes the second insert fail. PostgreSQL only (H2 has no partial unique
-- index; there the application's check is the only guard).
create unique index ux_area_approach_one_running on vh_area_approach (case_id) where status not in ('COMPLETED', 'CASE_CLOSED');
