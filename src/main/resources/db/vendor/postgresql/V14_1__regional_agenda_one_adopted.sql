-- PostgreSQL only: at most one ADOPTED agenda per region and period, also under concurrent adoptions
-- (H2 has no partial indexes; there RegionalAgendas alone keeps the rule).
create unique index ux_regional_agenda_adopted on vh_regional_agenda (region_id, period) where status = 'ADOPTED';
