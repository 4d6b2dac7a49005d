package nl.veiligheidshuis.conference;

import java.util.List;

/**
 * Process {@code case-conference} ({@code processes/case-conference.bpmn}): partner selection, the participants
 * chosen by process direction, the planning, the preparation per partner with reminder and deadline, the record of
 * the conference and the case director (framework §3.2, §3.3, §5.4, §5.5). Called by {@code case-lifecycle} after
 * screening accepted the case, with the case's variables; business key = case number, tenant = region (inherited).
 * Key, element ids, decision key, bean, form and variable names, so no code or test spells them as literals.
 */
public final class ConferenceProcess {

    public static final String KEY = "case-conference";

    // elements, in the order of the flow
    public static final String START_EVENT_CONFERENCE_REQUESTED = "StartEvent_ConferenceRequested";
    /** partner-selection (COLLECT): one row per matching rule, mapped into {@link #PARTNER_SELECTION}. */
    public static final String BUSINESS_RULE_TASK_SELECT_PARTNERS = "BusinessRuleTask_SelectPartners";
    public static final String SERVICE_TASK_RECORD_PARTNER_PROPOSAL = "ServiceTask_RecordPartnerProposal";
    public static final String USER_TASK_CHOOSE_PARTICIPANTS = "UserTask_ChooseParticipants";
    /** Runs in the transaction of the completion: a change without reason fails the completion. */
    public static final String SERVICE_TASK_RECORD_PARTICIPANTS = "ServiceTask_RecordParticipants";
    public static final String USER_TASK_SCHEDULE_CONFERENCE = "UserTask_ScheduleConference";
    /** Runs in the transaction of the completion: a moment in the past fails the completion. */
    public static final String SERVICE_TASK_RECORD_SCHEDULE = "ServiceTask_RecordSchedule";
    /** Multi-instance (parallel) over {@link #CONFERENCE_PARTNERS}, element variable {@link #PARTNER}. */
    public static final String SUB_PROCESS_PREPARE_PARTNER = "SubProcess_PreparePartner";
    public static final String START_EVENT_PREPARATION_REQUESTED = "StartEvent_PreparationRequested";
    public static final String USER_TASK_PREPARE_CONFERENCE = "UserTask_PrepareConference";
    /** Runs in the transaction of the completion; asynchronous after, so parallel partners never collide. */
    public static final String SERVICE_TASK_RECORD_PREPARATION = "ServiceTask_RecordPreparation";
    /** Terminate end event of one partner's preparation: also ends an open reminder. */
    public static final String END_EVENT_PREPARATION_RECEIVED = "EndEvent_PreparationReceived";
    /** Non-interrupting timer at {@link #PREPARATION_REMINDER_AT}. */
    public static final String BOUNDARY_EVENT_PREPARATION_REMINDER = "BoundaryEvent_PreparationReminder";
    public static final String USER_TASK_READ_PREPARATION_REMINDER = "UserTask_ReadPreparationReminder";
    public static final String END_EVENT_REMINDER_READ = "EndEvent_ReminderRead";
    /** Interrupting timer at {@link #PREPARATION_DUE}: the partner is recorded as not prepared. */
    public static final String BOUNDARY_EVENT_PREPARATION_OVERDUE = "BoundaryEvent_PreparationOverdue";
    public static final String SERVICE_TASK_MARK_PARTNER_ABSENT = "ServiceTask_MarkPartnerAbsent";
    public static final String END_EVENT_PARTNER_NOT_PREPARED = "EndEvent_PartnerNotPrepared";
    /** Asynchronous before: the save point where the parallel preparations join. */
    public static final String SERVICE_TASK_PROPOSE_CASE_DIRECTOR = "ServiceTask_ProposeCaseDirector";
    public static final String GATEWAY_ANY_PARTNER_NOT_PREPARED = "Gateway_AnyPartnerNotPrepared";
    public static final String SEQUENCE_FLOW_ANY_PARTNER_NOT_PREPARED_YES = "SequenceFlow_AnyPartnerNotPreparedYes";
    public static final String SEQUENCE_FLOW_ANY_PARTNER_NOT_PREPARED_NO = "SequenceFlow_AnyPartnerNotPreparedNo";
    public static final String PARALLEL_GATEWAY_FOLLOW_UP_AND_RECORD = "ParallelGateway_FollowUpAndRecord";
    public static final String USER_TASK_FOLLOW_UP_MISSING_PREPARATION = "UserTask_FollowUpMissingPreparation";
    public static final String END_EVENT_MISSING_PREPARATION_FOLLOWED_UP = "EndEvent_MissingPreparationFollowedUp";
    public static final String GATEWAY_RECORD_JOIN = "Gateway_RecordJoin";
    public static final String USER_TASK_RECORD_CONFERENCE = "UserTask_RecordConference";
    /** Runs in the transaction of the completion: an incomplete record or unknown case director fails it. */
    public static final String SERVICE_TASK_RECORD_CONFERENCE_OUTCOME = "ServiceTask_RecordConferenceOutcome";
    /** Terminate end event: also ends an open follow-up of a missing preparation. */
    public static final String END_EVENT_CONFERENCE_HELD = "EndEvent_ConferenceHeld";

    // decisions (decisions/<id>.dmn), bound with deployment binding
    public static final String DECISION_PARTNER_SELECTION = "partner-selection";

    // beans named by camunda:delegateExpression
    public static final String RECORD_PARTNER_PROPOSAL_DELEGATE = "recordPartnerProposalDelegate";
    public static final String RECORD_PARTICIPANTS_DELEGATE = "recordParticipantsDelegate";
    public static final String RECORD_SCHEDULE_DELEGATE = "recordScheduleDelegate";
    public static final String RECORD_PREPARATION_DELEGATE = "recordPreparationDelegate";
    public static final String MARK_PARTNER_ABSENT_DELEGATE = "markPartnerAbsentDelegate";
    public static final String PROPOSE_CASE_DIRECTOR_DELEGATE = "proposeCaseDirectorDelegate";
    public static final String RECORD_CONFERENCE_OUTCOME_DELEGATE = "recordConferenceOutcomeDelegate";

    // forms (forms/<id>.form)
    public static final String FORM_PARTICIPANTS = "conference-participants";
    public static final String FORM_SCHEDULE = "conference-schedule";
    public static final String FORM_PREPARATION = "conference-preparation";
    public static final String FORM_PREPARATION_REMINDER = "conference-preparation-reminder";
    public static final String FORM_MISSING_PREPARATION = "conference-missing-preparation";
    public static final String FORM_RECORD = "conference-record";

    // ------------------------------------------------------------------ variables
    // in: the case's variables (CaseVariables: caseId, caseNumber, region, caseType, taskPriority, minorInvolved)
    /** The eleven other partner-selection inputs (booleans), besides caseType and minorInvolved. */
    public static final String DOMESTIC_VIOLENCE = "domesticViolence";
    public static final String DETENTION_OR_RECENT_RELEASE = "detentionOrRecentRelease";
    public static final String PROBATION_SUPERVISION = "probationSupervision";
    public static final String RUNNING_CRIMINAL_CASE = "runningCriminalCase";
    public static final String PUBLIC_ORDER_NUISANCE = "publicOrderNuisance";
    public static final String MENTAL_HEALTH_PROBLEMS = "mentalHealthProblems";
    public static final String ADDICTION_PROBLEMS = "addictionProblems";
    public static final String INTELLECTUAL_DISABILITY = "intellectualDisability";
    public static final String HOUSING_PROBLEMS = "housingProblems";
    public static final String SCHOOL_ATTENDANCE_PROBLEMS = "schoolAttendanceProblems";
    public static final String INCOME_DEBT_PROBLEMS = "incomeDebtProblems";
    /** The twelve boolean inputs of partner-selection, in the order of the table. */
    public static final List<String> INDICATORS = List.of("minorInvolved", DOMESTIC_VIOLENCE, DETENTION_OR_RECENT_RELEASE,
            PROBATION_SUPERVISION, RUNNING_CRIMINAL_CASE, PUBLIC_ORDER_NUISANCE, MENTAL_HEALTH_PROBLEMS, ADDICTION_PROBLEMS,
            INTELLECTUAL_DISABILITY, HOUSING_PROBLEMS, SCHOOL_ATTENDANCE_PROBLEMS, INCOME_DEBT_PROBLEMS);

    // set by the process
    /** Rows of partner-selection ({@code partner}, {@code attendance}); removed once the proposal is stored. */
    public static final String PARTNER_SELECTION = "partnerSelection";
    /** Id of the conference in {@code vh_conference} (Long). */
    public static final String CONFERENCE_ID = "conferenceId";
    /** Display only (Json list of {partnerName, attendance, reasons}): the proposal in the participants form. */
    public static final String PARTNER_PROPOSAL = "partnerProposal";
    /** Options (Json list of {label, value}): partners process direction may add. */
    public static final String ADDABLE_PARTNERS = "addablePartners";
    /** Options (Json list of {label, value}): proposed partners process direction may drop (never the municipality). */
    public static final String DROPPABLE_PARTNERS = "droppablePartners";
    /** OUT: the selected partners' group ids, a {@code java.util.ArrayList<String>} stored as JSON; the multi-instance collection. */
    public static final String CONFERENCE_PARTNERS = "conferencePartners";
    /** Display only: the participants' Dutch names, comma-separated. */
    public static final String PARTICIPANT_NAMES = "participantNames";
    /** Element variable of the preparation per partner (local to each instance). */
    public static final String PARTNER = "partner";
    /** OUT: when the conference takes place (Date). */
    public static final String CONFERENCE_AT = "conferenceAt";
    /** OUT: when each partner's preparation is due: one working day before the conference (Date). */
    public static final String PREPARATION_DUE = "preparationDue";
    /** When the partners that have not prepared yet are reminded: two days before {@link #PREPARATION_DUE} (Date). */
    public static final String PREPARATION_REMINDER_AT = "preparationReminderAt";
    /** Due date of the record of the conference: a day after it (Date). */
    public static final String RECORD_DUE = "recordDue";
    /** Display only: "donderdag 12 maart 2026 om 10:00, op locatie". */
    public static final String CONFERENCE_MOMENT = "conferenceMoment";
    /** Display only, in Dutch time: "woensdag 11 maart 2026 om 10:00". */
    public static final String PREPARATION_DUE_TEXT = "preparationDueText";
    /** Display only: Dutch names of the partners that did not prepare in time, comma-separated. */
    public static final String NOT_PREPARED_PARTNER_NAMES = "notPreparedPartnerNames";
    /** Number of partners that did not prepare in time (Integer): the gateway after the preparation. */
    public static final String NOT_PREPARED_COUNT = "notPreparedCount";
    /** Display only (Json list of {partnerName, attendance, preparation, mandate}): the record form's overview. */
    public static final String CONFERENCE_OVERVIEW = "conferenceOverview";
    /** Options (Json list of {label, value}): the conference's partners, for attendance and case director. */
    public static final String CONFERENCE_PARTNER_OPTIONS = "conferencePartnerOptions";
    /** The partner where the weight of the problems lies (§5.4), proposed as case director (group id). */
    public static final String PROPOSED_CASE_DIRECTOR_PARTNER = "proposedCaseDirectorPartner";
    /** Display only: why that partner is proposed. */
    public static final String CASE_DIRECTOR_RATIONALE = "caseDirectorRationale";
    /** OUT (read by action-plan): the case director's partner group id; prefilled with the proposal. */
    public static final String CASE_DIRECTOR_PARTNER = "caseDirectorPartner";
    /** OUT (read by action-plan): the case director's user id. */
    public static final String CASE_DIRECTOR_USER = "caseDirectorUser";

    // submitted by the forms (removed by the next delegate; the free texts are in PersonalVariables)
    /** {@code conference-participants}: partners to add (checklist, Json list of group ids). */
    public static final String ADDED_PARTNERS = "addedPartners";
    /** {@code conference-participants}: proposed partners to drop (checklist, Json list of group ids). */
    public static final String DROPPED_PARTNERS = "droppedPartners";
    /** {@code conference-participants}: the reason per changed partner (group with path, Json object camelCase id to text). */
    public static final String CHANGE_REASONS = "changeReasons";
    /** {@code conference-schedule}: "2026-03-12". */
    public static final String CONFERENCE_DATE = "conferenceDate";
    /** {@code conference-schedule}: "10:00" (local time in the Netherlands). */
    public static final String CONFERENCE_TIME = "conferenceTime";
    /** {@code conference-schedule}: {@code IN_PERSON} or {@code ONLINE}. */
    public static final String CONFERENCE_MODE = "conferenceMode";
    /** {@code conference-schedule}: address or meeting link (free text). */
    public static final String CONFERENCE_LOCATION = "conferenceLocation";
    /** {@code conference-preparation}: what the partner knows from its own organisation. */
    public static final String PREPARATION_INFORMATION = "preparationInformation";
    /** {@code conference-preparation}: one of {@link LegalBasis}. */
    public static final String PREPARATION_LEGAL_BASIS = "preparationLegalBasis";
    /** {@code conference-preparation}: the legal basis when {@code OTHER}. */
    public static final String PREPARATION_LEGAL_BASIS_OTHER = "preparationLegalBasisOther";
    /** {@code conference-preparation}: the partner's current involvement with the person or family. */
    public static final String PREPARATION_CURRENT_INVOLVEMENT = "preparationCurrentInvolvement";
    /** {@code conference-preparation}: who attends for the partner. */
    public static final String ATTENDEE_NAME = "attendeeName";
    public static final String ATTENDEE_FUNCTION = "attendeeFunction";
    /** {@code conference-preparation}: the attendee may decide for the organisation (§5.5.2). */
    public static final String ATTENDEE_HAS_MANDATE = "attendeeHasMandate";
    /** {@code conference-preparation-reminder}: the partner has read the reminder. */
    public static final String REMINDER_READ = "reminderRead";
    /** {@code conference-missing-preparation}: process direction has followed up the missing preparation. */
    public static final String MISSING_PREPARATION_FOLLOWED_UP = "missingPreparationFollowedUp";
    /** {@code conference-record}: partners present (checklist). */
    public static final String PRESENT_PARTNERS = "presentPartners";
    /** {@code conference-record}: partners present with mandate to decide for their organisation (checklist). */
    public static final String MANDATED_PARTNERS = "mandatedPartners";
    /** {@code conference-record}: the shared analysis of the whole system per life domain. */
    public static final String SYSTEM_ANALYSIS = "systemAnalysis";
    /** {@code conference-record}: family members at risk and what they need (§3.3). */
    public static final String FAMILY_MEMBERS_AT_RISK = "familyMembersAtRisk";
    /** {@code conference-record}: the decisions of the conference. */
    public static final String CONFERENCE_DECISIONS = "conferenceDecisions";

    /** Variables of the preparation form, local to each partner's instance of the sub-process. */
    public static final List<String> PREPARATION_FORM_FIELDS = List.of(PREPARATION_INFORMATION, PREPARATION_LEGAL_BASIS,
            PREPARATION_LEGAL_BASIS_OTHER, PREPARATION_CURRENT_INVOLVEMENT, ATTENDEE_NAME, ATTENDEE_FUNCTION, ATTENDEE_HAS_MANDATE);

    private ConferenceProcess() {
    }
}
