package nl.veiligheidshuis.monitoring;

import java.util.List;
import java.util.Set;

/**
 * Process {@code plan-monitoring} ({@code processes/plan-monitoring.bpmn}): execution and monitoring of ONE fixed
 * version of the integral plan (§3.2 "concrete afspraken ... vervolgstappen en monitoring", annex I). Each
 * agreement is tracked on its own (reminder, report, overdue escalation) while the case director evaluates at the
 * interval of {@code monitoring-frequency}; the evaluation continues the plan, or ends this version with
 * {@link #MONITORING_OUTCOME}: the plan is adjusted, a new conference is called, or the case is closed (afschalen)
 * with closing notices and an aftercare check. Called by {@code case-lifecycle} with the case's variables; business
 * key = case number; tenant = the region (inherited). Key, element ids, decision key, bean, form and variable names,
 * so no delegate or test spells them as literals.
 */
public final class PlanMonitoringProcess {

    public static final String KEY = "plan-monitoring";

    // ------------------------------------------------------------------ elements, in the order of the flow
    public static final String START_EVENT_MONITORING_STARTED = "StartEvent_MonitoringStarted";
    /** Loads the fixed plan version's agreements into {@link #AGREEMENT_KEYS}; save point after it. */
    public static final String SERVICE_TASK_PREPARE_MONITORING = "ServiceTask_PrepareMonitoring";
    /** Embedded: the tracking of the agreements and the evaluation cycle, side by side, until the director stops them. */
    public static final String SUB_PROCESS_FOLLOW_PLAN = "SubProcess_FollowPlan";
    public static final String START_EVENT_FOLLOWING_STARTED = "StartEvent_FollowingStarted";
    public static final String PARALLEL_GATEWAY_FOLLOW_FORK = "ParallelGateway_FollowFork";

    // one agreement (parallel multi-instance embedded sub-process over AGREEMENT_KEYS, element AGREEMENT_KEY)
    public static final String SUB_PROCESS_TRACK_AGREEMENT = "SubProcess_TrackAgreement";
    public static final String START_EVENT_AGREEMENT_TRACKING_STARTED = "StartEvent_AgreementTrackingStarted";
    /** Sets the instance's local partner, dates and display values, and declares the report's form variables locally. */
    public static final String SERVICE_TASK_PREPARE_AGREEMENT = "ServiceTask_PrepareAgreement";
    /** Opens at once (the agreement is in the partner's inbox with its due date); the partner may report early. */
    public static final String USER_TASK_REPORT_AGREEMENT = "UserTask_ReportAgreement";
    /** Non-interrupting timer at {@link #AGREEMENT_REMINDER_DATE} (three days before the due date). */
    public static final String BOUNDARY_EVENT_REMINDER_DUE = "BoundaryEvent_ReminderDue";
    /** Non-interrupting timer at {@link #AGREEMENT_DUE_DATE}: the agreement becomes overdue, the partner is reminded. */
    public static final String BOUNDARY_EVENT_AGREEMENT_DUE = "BoundaryEvent_AgreementDue";
    public static final String SERVICE_TASK_MARK_AGREEMENT_OVERDUE = "ServiceTask_MarkAgreementOverdue";
    public static final String GATEWAY_REMINDER_JOIN = "Gateway_ReminderJoin";
    public static final String USER_TASK_NOTICE_REMINDER = "UserTask_NoticeReminder";
    public static final String END_EVENT_REMINDER_NOTICED = "EndEvent_ReminderNoticed";
    /**
     * Non-interrupting timer at {@link #AGREEMENT_ESCALATION_DATE} (the grace period after the due date): the
     * agreement escalates once, and its report task stays open: the tracking keeps waiting for the report.
     */
    public static final String BOUNDARY_EVENT_REPORT_OVERDUE = "BoundaryEvent_ReportOverdue";
    public static final String SERVICE_TASK_ESCALATE_OVERDUE_AGREEMENT = "ServiceTask_EscalateOverdueAgreement";
    public static final String END_EVENT_OVERDUE_AGREEMENT_ESCALATED = "EndEvent_OverdueAgreementEscalated";
    /** Runs in the transaction of the report's completion (bad input fails the completion); save point after it. */
    public static final String SERVICE_TASK_RECORD_AGREEMENT_REPORT = "ServiceTask_RecordAgreementReport";
    public static final String GATEWAY_AGREEMENT_KEPT = "Gateway_AgreementKept";
    public static final String SEQUENCE_FLOW_AGREEMENT_KEPT_YES = "SequenceFlow_AgreementKeptYes";
    public static final String SEQUENCE_FLOW_AGREEMENT_KEPT_NO = "SequenceFlow_AgreementKeptNo";
    /** Terminate end event of the instance: also ends its open reminders. */
    public static final String END_EVENT_AGREEMENT_REPORTED = "EndEvent_AgreementReported";
    public static final String SERVICE_TASK_ESCALATE_NOT_HONOURED_AGREEMENT = "ServiceTask_EscalateNotHonouredAgreement";
    /** Terminate end event of the instance. */
    public static final String END_EVENT_NOT_HONOURED_AGREEMENT_ESCALATED = "EndEvent_NotHonouredAgreementEscalated";
    public static final String END_EVENT_AGREEMENTS_FOLLOWED = "EndEvent_AgreementsFollowed";

    // the evaluation cycle
    public static final String GATEWAY_EVALUATION_CYCLE_JOIN = "Gateway_EvaluationCycleJoin";
    /** monitoring-frequency with phase MONITORING: {@link #EVALUATION_INTERVAL}. */
    public static final String BUSINESS_RULE_TASK_DETERMINE_EVALUATION_INTERVAL = "BusinessRuleTask_DetermineEvaluationInterval";
    /** Timer with duration {@link #EVALUATION_INTERVAL}; its start listener records the next evaluation. */
    public static final String INTERMEDIATE_CATCH_EVENT_EVALUATION_DUE = "IntermediateCatchEvent_EvaluationDue";
    public static final String SERVICE_TASK_PREPARE_EVALUATION = "ServiceTask_PrepareEvaluation";
    public static final String USER_TASK_EVALUATE_CASE = "UserTask_EvaluateCase";
    /** Non-interrupting timer on the evaluation: process direction follows up an evaluation that does not come. */
    public static final String BOUNDARY_EVENT_EVALUATION_OVERDUE = "BoundaryEvent_EvaluationOverdue";
    public static final String USER_TASK_FOLLOW_UP_EVALUATION = "UserTask_FollowUpEvaluation";
    public static final String END_EVENT_EVALUATION_FOLLOWED_UP = "EndEvent_EvaluationFollowedUp";
    /** Runs in the transaction of the evaluation's completion (bad input fails the completion); save point after it. */
    public static final String SERVICE_TASK_RECORD_EVALUATION = "ServiceTask_RecordEvaluation";
    public static final String GATEWAY_CONTINUE_PLAN = "Gateway_ContinuePlan";
    public static final String SEQUENCE_FLOW_CONTINUE_PLAN_YES = "SequenceFlow_ContinuePlanYes";
    public static final String SEQUENCE_FLOW_CONTINUE_PLAN_NO = "SequenceFlow_ContinuePlanNo";
    /** Terminate end event of {@link #SUB_PROCESS_FOLLOW_PLAN}: ends the tracking of every agreement of this version. */
    public static final String END_EVENT_FOLLOWING_STOPPED = "EndEvent_FollowingStopped";

    // what the director decided
    public static final String GATEWAY_MONITORING_DECISION = "Gateway_MonitoringDecision";
    public static final String SEQUENCE_FLOW_MONITORING_DECISION_ADJUST_PLAN = "SequenceFlow_MonitoringDecisionAdjustPlan";
    public static final String SEQUENCE_FLOW_MONITORING_DECISION_NEW_CONFERENCE = "SequenceFlow_MonitoringDecisionNewConference";
    public static final String SEQUENCE_FLOW_MONITORING_DECISION_CLOSE = "SequenceFlow_MonitoringDecisionClose";
    /** Sets {@link #MONITORING_OUTCOME} = {@link #OUTCOME_ADJUST_PLAN}. */
    public static final String END_EVENT_PLAN_ADJUSTMENT_REQUESTED = "EndEvent_PlanAdjustmentRequested";
    /** Sets {@link #MONITORING_OUTCOME} = {@link #OUTCOME_NEW_CONFERENCE}. */
    public static final String END_EVENT_NEW_CONFERENCE_REQUESTED = "EndEvent_NewConferenceRequested";

    // closing (afschalen)
    /** Reads the involved partners BEFORE the case closes ({@link #CLOSING_PARTNERS}); save point after it. */
    public static final String SERVICE_TASK_PREPARE_CLOSURE = "ServiceTask_PrepareClosure";
    public static final String PARALLEL_GATEWAY_CLOSING_FORK = "ParallelGateway_ClosingFork";
    /** Parallel multi-instance embedded sub-process over {@link #CLOSING_PARTNERS}, element {@link #CLOSING_PARTNER}. */
    public static final String SUB_PROCESS_INFORM_PARTNER = "SubProcess_InformPartner";
    public static final String START_EVENT_CLOSURE_NOTICE_REQUESTED = "StartEvent_ClosureNoticeRequested";
    /** Sets the closing summary as a local display value of the instance: it leaves with the instance. */
    public static final String SERVICE_TASK_PREPARE_CLOSURE_NOTICE = "ServiceTask_PrepareClosureNotice";
    public static final String USER_TASK_NOTICE_CLOSURE = "UserTask_NoticeClosure";
    public static final String END_EVENT_CLOSURE_NOTICED = "EndEvent_ClosureNoticed";
    public static final String END_EVENT_PARTNERS_INFORMED = "EndEvent_PartnersInformed";
    /** Interrupting timer on the notices: an unread closing notice lapses after 30 days. */
    public static final String BOUNDARY_EVENT_CLOSURE_NOTICES_EXPIRED = "BoundaryEvent_ClosureNoticesExpired";
    public static final String END_EVENT_CLOSURE_NOTICES_EXPIRED = "EndEvent_ClosureNoticesExpired";
    /** CaseFiles.close: involvement ends, partners lose sight of the case; save point after it. */
    public static final String SERVICE_TASK_CLOSE_CASE = "ServiceTask_CloseCase";
    public static final String GATEWAY_CLOSE_REASON = "Gateway_CloseReason";
    public static final String SEQUENCE_FLOW_CLOSE_REASON_OTHER = "SequenceFlow_CloseReasonOther";
    public static final String SEQUENCE_FLOW_CLOSE_REASON_MOVED_REGION = "SequenceFlow_CloseReasonMovedRegion";
    public static final String SEQUENCE_FLOW_CLOSE_REASON_DECEASED = "SequenceFlow_CloseReasonDeceased";
    /** Process direction arranges the handover; completing it requests the transfer ({@code transfer.TransferAfterMoveListener}). */
    public static final String USER_TASK_ARRANGE_TRANSFER = "UserTask_ArrangeTransfer";
    /** Sets {@link #MONITORING_OUTCOME} = {@link #OUTCOME_CLOSED}. */
    public static final String END_EVENT_TRANSFER_ARRANGED = "EndEvent_TransferArranged";
    /** Sets {@link #MONITORING_OUTCOME} = {@link #OUTCOME_CLOSED}; no aftercare check after a death. */
    public static final String END_EVENT_CLOSED_AFTER_DEATH = "EndEvent_ClosedAfterDeath";
    /** monitoring-frequency with phase AFTERCARE: {@link #AFTERCARE_CHECK_AFTER}. */
    public static final String BUSINESS_RULE_TASK_DETERMINE_AFTERCARE_CHECK = "BusinessRuleTask_DetermineAftercareCheck";
    /** Timer with duration {@link #AFTERCARE_CHECK_AFTER}; its start listener records when the check is due. */
    public static final String INTERMEDIATE_CATCH_EVENT_AFTERCARE_DUE = "IntermediateCatchEvent_AftercareDue";
    /** Candidate user: the former case director; candidate group: process direction of the region. */
    public static final String USER_TASK_CHECK_AFTERCARE = "UserTask_CheckAftercare";
    /** Runs in the transaction of the check's completion (bad input fails the completion); save point after it. */
    public static final String SERVICE_TASK_RECORD_AFTERCARE_CHECK = "ServiceTask_RecordAftercareCheck";
    public static final String GATEWAY_SITUATION_STABLE = "Gateway_SituationStable";
    public static final String SEQUENCE_FLOW_SITUATION_STABLE_YES = "SequenceFlow_SituationStableYes";
    public static final String SEQUENCE_FLOW_SITUATION_STABLE_NO = "SequenceFlow_SituationStableNo";
    /** Terminate end event; sets {@link #MONITORING_OUTCOME} = {@link #OUTCOME_CLOSED}. */
    public static final String END_EVENT_CASE_CLOSED = "EndEvent_CaseClosed";
    /** CaseFiles.reopen: same case number, history kept, the case director's partner involved again; save point after it. */
    public static final String SERVICE_TASK_REOPEN_CASE = "ServiceTask_ReopenCase";
    /** Terminate end event; sets {@link #MONITORING_OUTCOME} = {@link #OUTCOME_NEW_CONFERENCE}. */
    public static final String END_EVENT_CASE_REOPENED = "EndEvent_CaseReopened";

    // ------------------------------------------------------------------ decision (decisions/<id>.dmn), deployment binding
    public static final String DECISION_MONITORING_FREQUENCY = "monitoring-frequency";
    /** Input {@code phase} of monitoring-frequency, set by the business rule tasks' input mapping. */
    public static final String DECISION_INPUT_PHASE = "phase";
    public static final String PHASE_MONITORING = "MONITORING";
    public static final String PHASE_AFTERCARE = "AFTERCARE";

    // ------------------------------------------------------------------ beans named by camunda:delegateExpression
    public static final String PREPARE_MONITORING_DELEGATE = "prepareMonitoringDelegate";
    public static final String PREPARE_AGREEMENT_TRACKING_DELEGATE = "prepareAgreementTrackingDelegate";
    public static final String MARK_AGREEMENT_OVERDUE_DELEGATE = "markAgreementOverdueDelegate";
    public static final String RECORD_AGREEMENT_REPORT_DELEGATE = "recordAgreementReportDelegate";
    /** Both escalation tasks; idempotent per tracked agreement (one escalation, whatever triggers it first). */
    public static final String ESCALATE_AGREEMENT_DELEGATE = "escalateAgreementDelegate";
    /** Execution listener on the two timer catch events: records the next moment in the case status projection. */
    public static final String MONITORING_SCHEDULE_LISTENER = "monitoringScheduleListener";
    public static final String PREPARE_EVALUATION_DELEGATE = "prepareEvaluationDelegate";
    public static final String RECORD_EVALUATION_DELEGATE = "recordEvaluationDelegate";
    public static final String PREPARE_CLOSURE_DELEGATE = "prepareClosureDelegate";
    public static final String PREPARE_CLOSURE_NOTICE_DELEGATE = "prepareClosureNoticeDelegate";
    public static final String CLOSE_CASE_DELEGATE = "closeCaseDelegate";
    public static final String RECORD_AFTERCARE_CHECK_DELEGATE = "recordAftercareCheckDelegate";
    public static final String REOPEN_CASE_DELEGATE = "reopenCaseDelegate";

    // ------------------------------------------------------------------ forms (forms/<id>.form)
    public static final String FORM_AGREEMENT_REPORT = "monitoring-agreement-report";
    public static final String FORM_AGREEMENT_REMINDER = "monitoring-agreement-reminder";
    public static final String FORM_EVALUATION = "monitoring-evaluation";
    public static final String FORM_EVALUATION_OVERDUE = "monitoring-evaluation-overdue";
    public static final String FORM_CLOSURE_NOTICE = "monitoring-closure-notice";
    public static final String FORM_TRANSFER = "monitoring-transfer";
    public static final String FORM_AFTERCARE_CHECK = "monitoring-aftercare-check";

    // ------------------------------------------------------------------ variables
    // in (besides CaseVariables: caseId, caseNumber, region, priority, taskPriority, minorInvolved)
    /** Group id of the case director's partner (set by case-conference). */
    public static final String CASE_DIRECTOR_PARTNER = "caseDirectorPartner";
    /** User id of the case director (set by case-conference). */
    public static final String CASE_DIRECTOR_USER = "caseDirectorUser";
    /** The fixed plan version this instance monitors (Integer, set by action-plan). */
    public static final String PLAN_VERSION = "planVersion";

    // out
    /** {@link #OUTCOME_ADJUST_PLAN}, {@link #OUTCOME_NEW_CONFERENCE} or {@link #OUTCOME_CLOSED}: case-lifecycle routes on it. */
    public static final String MONITORING_OUTCOME = "monitoringOutcome";
    public static final String OUTCOME_ADJUST_PLAN = "ADJUST_PLAN";
    public static final String OUTCOME_NEW_CONFERENCE = "NEW_CONFERENCE";
    public static final String OUTCOME_CLOSED = "CLOSED";

    // tracking
    /** The keys of the agreements to track ({@code java.util.ArrayList<String>}, stored as JSON): the multi-instance collection. */
    public static final String AGREEMENT_KEYS = "agreementKeys";
    /** Element variable of the tracking multi-instance: the agreement's stable key ({@code A3}). */
    public static final String AGREEMENT_KEY = "agreementKey";
    /** Local: group id of the partner that holds the agreement. */
    public static final String AGREEMENT_PARTNER = "agreementPartner";
    /** Local (Date): the agreement's due date, end of that working day; the report task's due date. */
    public static final String AGREEMENT_DUE_DATE = "agreementDueDate";
    /** Local (Date): three days before the due date (not before the start): reminder and the task's follow-up date. */
    public static final String AGREEMENT_REMINDER_DATE = "agreementReminderDate";
    /** Local (Date): the due date plus the grace period: an agreement still unreported then escalates. */
    public static final String AGREEMENT_ESCALATION_DATE = "agreementEscalationDate";
    /** Local Json display value: the agreement as the responsible partner reads it (free text: personal variable). */
    public static final String AGREEMENT_SUMMARY = "agreementSummary";
    /** Submitted by {@code monitoring-agreement-report}: {@code DONE}, {@code PARTLY} or {@code NOT_DONE}. */
    public static final String AGREEMENT_REPORT = "agreementReport";
    /** Submitted by {@code monitoring-agreement-report}: required unless DONE; moved into vh_agreement_tracking. */
    public static final String AGREEMENT_EXPLANATION = "agreementExplanation";
    /** Local, set by the report's record step: the recorded state the gateway routes on. */
    public static final String AGREEMENT_STATE = "agreementState";
    /** Submitted by {@code monitoring-agreement-reminder}. */
    public static final String REMINDER_NOTICED = "reminderNoticed";

    // evaluation
    /** ISO-8601 duration from monitoring-frequency (P14D, P1M: a Camunda timer reads months, java.time.Duration does not). */
    public static final String EVALUATION_INTERVAL = "evaluationInterval";
    /** Json display value for the director: the agreements with partner, due date, reported state and explanation. */
    public static final String MONITORING_AGREEMENTS = "monitoringAgreements";
    /** Json display value: the counts per state. */
    public static final String MONITORING_COUNTS = "monitoringCounts";
    /** Submitted by {@code monitoring-evaluation}: {@code CONTINUE}, {@code ADJUST_PLAN}, {@code NEW_CONFERENCE} or {@code CLOSE}. */
    public static final String EVALUATION_DECISION = "evaluationDecision";
    /** Submitted by {@code monitoring-evaluation}: required when adjusting or calling a new conference; moved into the tables. */
    public static final String EVALUATION_NOTE = "evaluationNote";
    /** Submitted by {@code monitoring-evaluation} when closing: one of {@link CloseReason}. Stays (a code). */
    public static final String CLOSE_REASON = "closeReason";
    /** Submitted by {@code monitoring-evaluation} when the person moved: the region id that takes over. Stays (a code). */
    public static final String CLOSE_TARGET_REGION = "closeTargetRegion";
    /** Submitted by {@code monitoring-evaluation} when closing; moved into vh_case_closure; shown again to each partner. */
    public static final String CLOSING_SUMMARY = "closingSummary";
    /** Submitted by {@code monitoring-evaluation-overdue}. */
    public static final String EVALUATION_FOLLOWED_UP = "evaluationFollowedUp";

    // closing and aftercare
    /** The partners involved just before closing ({@code ArrayList<String>}): the notices' collection. */
    public static final String CLOSING_PARTNERS = "closingPartners";
    /** Element variable of the closing notices. */
    public static final String CLOSING_PARTNER = "closingPartner";
    /** Submitted by {@code monitoring-closure-notice}. */
    public static final String CLOSURE_NOTICED = "closureNoticed";
    /** Submitted by {@code monitoring-transfer}. */
    public static final String TRANSFER_ARRANGED = "transferArranged";
    /** When the case closed (Date), for the aftercare form. */
    public static final String CASE_CLOSED_AT = "caseClosedAt";
    /** ISO-8601 duration from monitoring-frequency with phase AFTERCARE. */
    public static final String AFTERCARE_CHECK_AFTER = "aftercareCheckAfter";
    /** Submitted by {@code monitoring-aftercare-check}: {@code STABLE} or {@code REOPEN}. */
    public static final String AFTERCARE_DECISION = "aftercareDecision";
    /** Submitted by {@code monitoring-aftercare-check}: required when reopening; moved into vh_case_closure. */
    public static final String REOPEN_REASON = "reopenReason";

    /** Free text and display values with free text: kept out of the engine's history (PersonalVariables). */
    public static final List<String> PERSONAL_VARIABLES = List.of(AGREEMENT_SUMMARY, AGREEMENT_EXPLANATION, MONITORING_AGREEMENTS,
            EVALUATION_NOTE, CLOSING_SUMMARY, REOPEN_REASON);

    /**
     * Variables of an earlier run (case-lifecycle passes all its variables in, and takes all out): removed when a new
     * run starts, so that no form is prefilled and no gateway routes on an old answer.
     */
    public static final Set<String> PREVIOUS_RUN_VARIABLES = Set.of(MONITORING_OUTCOME, AGREEMENT_KEYS, EVALUATION_INTERVAL,
            EVALUATION_DECISION, EVALUATION_NOTE, CLOSE_REASON, CLOSE_TARGET_REGION, CLOSING_SUMMARY, CLOSING_PARTNERS, CASE_CLOSED_AT,
            AFTERCARE_CHECK_AFTER, AFTERCARE_DECISION, REOPEN_REASON, MONITORING_AGREEMENTS, MONITORING_COUNTS, EVALUATION_FOLLOWED_UP,
            TRANSFER_ARRANGED);

    // values the gateways route on
    public static final String STATE_NOT_DONE = "NOT_DONE";
    public static final String DECISION_CONTINUE = "CONTINUE";
    public static final String DECISION_ADJUST_PLAN = "ADJUST_PLAN";
    public static final String DECISION_NEW_CONFERENCE = "NEW_CONFERENCE";
    public static final String DECISION_CLOSE = "CLOSE";
    public static final String REASON_MOVED_REGION = "MOVED_REGION";
    public static final String REASON_DECEASED = "DECEASED";
    public static final String AFTERCARE_STABLE = "STABLE";
    public static final String AFTERCARE_REOPEN = "REOPEN";

    private PlanMonitoringProcess() {
    }
}
