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
    /** Placeholder for the conference phase until {@code case-conference} exists. */
    public static final String USER_TASK_PLAN_CASE_CONFERENCE = "UserTask_PlanCaseConference";
    public static final String END_EVENT_CASE_IN_TREATMENT = "EndEvent_CaseInTreatment";
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
    public static final String FORM_PLAN_CONFERENCE = "plan-conference";

    // variables submitted by the forms of this process (not yet in CaseVariables)
    /** {@code plan-conference}: date of the case conference, as the form submits it ({@code "2026-03-15"}). */
    public static final String CONFERENCE_DATE = "conferenceDate";
    /** {@code plan-conference}: where the case conference takes place. */
    public static final String CONFERENCE_LOCATION = "conferenceLocation";

    // values of intakeOutcome and screeningOutcome that the gateways route on
    public static final String INTAKE_OUTCOME_NEW = "NEW";
    public static final String INTAKE_OUTCOME_LINKED = "LINKED";
    public static final String SCREENING_OUTCOME_ACCEPTED = "ACCEPTED";
    public static final String SCREENING_OUTCOME_REFUSED = "REFUSED";
    public static final String SCREENING_OUTCOME_INCOMPLETE = "INCOMPLETE";

    private CaseLifecycleProcess() {
    }
}
