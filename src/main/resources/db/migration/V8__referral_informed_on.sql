-- When the referring partner informed the subject of the referral (issue 3: whether and when, or why not yet).
alter table vh_referral add column subject_informed_on date;
