-- At most one open (REQUESTED) transfer per case, also when two requests arrive at the same moment: Transfers checks
-- it first, this index makes the second insert fail. PostgreSQL only (H2 has no partial unique index; there the
-- application's check is the only guard).
create unique index ux_case_transfer_one_open on vh_case_transfer (origin_case_id) where status = 'REQUESTED';
