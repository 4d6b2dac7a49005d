-- Need to know ends when involvement ends (issue 7): why an involvement ended (a partner dropped at a new case
-- conference, an agreement or escalation that ended, the case's closure), and escalations that end because their
-- case closed. V9/V9_1 and V10 belong to other changes of the same issue.

-- when (ended_at) and why an involvement ended; no personal data, short professional text
alter table vh_case_involvement add column end_reason varchar(300);

-- an escalation of a case that closed ends with status CASE_CLOSED and its reason; its open level with outcome CASE_CLOSED
alter table vh_escalation add column close_reason varchar(300);
alter table vh_escalation drop constraint ck_escalation_status;
alter table vh_escalation add constraint ck_escalation_status
    check (status in ('OPEN', 'RESOLVED', 'TAKEN_BACK', 'UNANSWERED', 'CASE_CLOSED'));
alter table vh_escalation_level drop constraint ck_escalation_level_outcome;
alter table vh_escalation_level add constraint ck_escalation_level_outcome
    check (outcome is null or outcome in ('RESOLVED', 'ESCALATED', 'SENT_BACK', 'TIMED_OUT', 'CASE_CLOSED'));
