package nl.veiligheidshuis.lifecycle;

/**
 * Process {@code case-lifecycle} ({@code processes/case-lifecycle.bpmn}): one case from referral to closure. The
 * business key is the case number (set by the intake), the tenant is the region. Key, element ids, message, bean
 * and form names, so no code or test spells them as literals.
 */
public final class CaseLifecycleProcess {

    public static final String KEY = "case-lifecycle";

    // elements, in the order of the flow
    public static final String START_EVENT_REFERRAL_RECEIVED = "StartEvent_ReferralReceived";
    /** Calls {@code case-intake} synchronously: a wrong referral makes the start itself fail. */
    public static final String CALL_ACTIVITY_INTAKE = "CallActivity_Intake";
    public static final String GATEWAY_IS_NEW_CASE = "Gateway_IsNewCase";
    public static final String SEQUENCE_FLOW_IS_NEW_CASE_YES = "SequenceFlow_IsNewCaseYes";
    public static final String SEQUENCE_FLOW_IS_NEW_CASE_NO = "SequenceFlow_IsNewCaseNo";
    public static final String END_EVENT_REFERRAL_LINKED = "EndEvent_ReferralLinked";
    /** Calls {@code case-screening} (asynchronous before: the first save point of a new case). */
    public static final String CALL_ACTIVITY_SCREENING = "CallActivity_Screening";
    public static final String GATEWAY_IS_ACCEPTED = "Gateway_IsAccepted";
    public static final String SEQUENCE_FLOW_IS_ACCEPTED_YES = "SequenceFlow_IsAcceptedYes";
    public static final String SEQUENCE_FLOW_IS_ACCEPTED_NO_REFUSED = "SequenceFlow_IsAcceptedNoRefused";
    public static final String SEQUENCE_FLOW_IS_ACCEPTED_NO_INCOMPLETE = "SequenceFlow_IsAcceptedNoIncomplete";
    /** Joins the first conference and a new one asked for at an evaluation. */
    public static final String GATEWAY_CONFERENCE_JOIN = "Gateway_ConferenceJoin";
    /** Calls {@code case-conference}; it hands back caseDirectorPartner and caseDirectorUser. */
    public static final String CALL_ACTIVITY_CONFERENCE = "CallActivity_Conference";
    /** Joins the first plan and a plan adjusted at an evaluation. */
    public static final String GATEWAY_PLAN_JOIN = "Gateway_PlanJoin";
    /** Calls {@code action-plan}; a second call makes a new version of the fixed plan. */
    public static final String CALL_ACTIVITY_ACTION_PLAN = "CallActivity_ActionPlan";
    /** Calls {@code plan-monitoring}; it hands back {@link #MONITORING_OUTCOME}. */
    public static final String CALL_ACTIVITY_MONITORING = "CallActivity_Monitoring";
    public static final String GATEWAY_MONITORING_OUTCOME = "Gateway_MonitoringOutcome";
    public static final String SEQUENCE_FLOW_OUTCOME_CLOSED = "SequenceFlow_OutcomeClosed";
    public static final String SEQUENCE_FLOW_OUTCOME_ADJUST_PLAN = "SequenceFlow_OutcomeAdjustPlan";
    public static final String SEQUENCE_FLOW_OUTCOME_NEW_CONFERENCE = "SequenceFlow_OutcomeNewConference";
    public static final String END_EVENT_CASE_CLOSED = "EndEvent_CaseClosed";
    public static final String END_EVENT_CASE_REFUSED = "EndEvent_CaseRefused";
    public static final String END_EVENT_CASE_CLOSED_INCOMPLETE = "EndEvent_CaseClosedIncomplete";

    // event sub-process: the referrer withdraws the case at any time
    public static final String SUB_PROCESS_CASE_WITHDRAWN = "SubProcess_CaseWithdrawn";
    public static final String START_EVENT_CASE_WITHDRAWN = "StartEvent_CaseWithdrawn";
    public static final String SERVICE_TASK_WITHDRAW_CASE = "ServiceTask_WithdrawCase";
    public static final String END_EVENT_CASE_WITHDRAWN = "EndEvent_CaseWithdrawn";

    // messages (correlated by business key = case number)
    public static final String MESSAGE_CASE_WITHDRAWN = "CaseWithdrawn";

    // beans named by camunda:delegateExpression
    public static final String WITHDRAW_CASE_DELEGATE = "withdrawCaseDelegate";

    // forms (forms/<id>.form)
    public static final String FORM_REFERRAL_START = "referral-start";

    // what the called phases hand back
    public static final String CASE_DIRECTOR_PARTNER = "caseDirectorPartner";
    public static final String CASE_DIRECTOR_USER = "caseDirectorUser";
    /** Set by {@code plan-monitoring}: {@code CLOSED}, {@code ADJUST_PLAN} or {@code NEW_CONFERENCE}. */
    public static final String MONITORING_OUTCOME = "monitoringOutcome";
    public static final String MONITORING_OUTCOME_CLOSED = "CLOSED";
    public static final String MONITORING_OUTCOME_ADJUST_PLAN = "ADJUST_PLAN";
    public static final String MONITORING_OUTCOME_NEW_CONFERENCE = "NEW_CONFERENCE";

    // values of intakeOutcome and screeningOutcome that the gateways route on
    public static final String INTAKE_OUTCOME_NEW = "NEW";
    public static final String INTAKE_OUTCOME_LINKED = "LINKED";
    public static final String SCREENING_OUTCOME_ACCEPTED = "ACCEPTED";
    public static final String SCREENING_OUTCOME_REFUSED = "REFUSED";
    public static final String SCREENING_OUTCOME_INCOMPLETE = "INCOMPLETE";

    private CaseLifecycleProcess() {
    }
}
