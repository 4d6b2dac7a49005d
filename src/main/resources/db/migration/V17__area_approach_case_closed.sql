-- An area approach ends with its case: status CASE_CLOSED (area.AreaApproachClosure).
alter table vh_area_approach drop constraint ck_area_approach_status;
alter table vh_area_approach add constraint ck_area_approach_status check (status in ('ANALYSIS', 'ADVICE', 'AWAITING_RESPONSE',
    'JOINT_APPROACH', 'FOLLOW_UP', 'COMPLETED', 'CASE_CLOSED'));
