package nl.veiligheidshuis.screening;

/**
 * Process {@code case-screening} ({@code processes/case-screening.bpmn}): complexity criteria, triage, the
 * screening decision, refusal with referral advice, the information loop and the overdue reminder. Called by
 * {@code case-lifecycle}. Key, element ids, decision keys, bean and form names.
 */
public final class CaseScreeningProcess {

    public static final String KEY = "case-screening";

    // elements, in the order of the flow
    public static final String START_EVENT_SCREENING_STARTED = "StartEvent_ScreeningStarted";
    public static final String BUSINESS_RULE_TASK_EVALUATE_COMPLEXITY = "BusinessRuleTask_EvaluateComplexity";
    public static final String BUSINESS_RULE_TASK_DETERMINE_PRIORITY = "BusinessRuleTask_DeterminePriority";
    public static final String SERVICE_TASK_RECORD_TRIAGE = "ServiceTask_RecordTriage";
    public static final String GATEWAY_SCREENING_JOIN = "Gateway_ScreeningJoin";
    public static final String USER_TASK_SCREEN_CASE = "UserTask_ScreenCase";
    /** Runs in the transaction of the screening task's completion (a refused decision fails the completion). */
    public static final String SERVICE_TASK_RECORD_SCREENING_DECISION = "ServiceTask_RecordScreeningDecision";
    public static final String GATEWAY_SCREENING_DECISION = "Gateway_ScreeningDecision";
    public static final String SEQUENCE_FLOW_SCREENING_DECISION_ACCEPTED = "SequenceFlow_ScreeningDecisionAccepted";
    public static final String SEQUENCE_FLOW_SCREENING_DECISION_REFUSED = "SequenceFlow_ScreeningDecisionRefused";
    public static final String SEQUENCE_FLOW_SCREENING_DECISION_INFORMATION_REQUESTED =
            "SequenceFlow_ScreeningDecisionInformationRequested";
    /** Terminate end event: also ends an open overdue reminder. */
    public static final String END_EVENT_CASE_ACCEPTED = "EndEvent_CaseAccepted";

    // reminder while the screening is open (non-interrupting timer at screeningDueDate)
    public static final String BOUNDARY_EVENT_SCREENING_OVERDUE = "BoundaryEvent_ScreeningOverdue";
    public static final String USER_TASK_HANDLE_OVERDUE_SCREENING = "UserTask_HandleOverdueScreening";
    public static final String END_EVENT_OVERDUE_HANDLED = "EndEvent_OverdueHandled";

    // refused: the referring partner receives the referral advice
    public static final String USER_TASK_RECEIVE_REFERRAL_ADVICE = "UserTask_ReceiveReferralAdvice";
    /** Terminate end event. */
    public static final String END_EVENT_CASE_REFUSED = "EndEvent_CaseRefused";

    // information requested: answered (loop back to the screening) or closed as incomplete
    public static final String USER_TASK_PROVIDE_INFORMATION = "UserTask_ProvideInformation";
    public static final String SERVICE_TASK_RECORD_INFORMATION = "ServiceTask_RecordInformation";
    /** Interrupting timer with duration informationDeadline (P5D when absent). */
    public static final String BOUNDARY_EVENT_INFORMATION_OVERDUE = "BoundaryEvent_InformationOverdue";
    public static final String SERVICE_TASK_CLOSE_INCOMPLETE = "ServiceTask_CloseIncomplete";
    public static final String USER_TASK_NOTICE_CLOSED_INCOMPLETE = "UserTask_NoticeClosedIncomplete";
    /** Terminate end event. */
    public static final String END_EVENT_CLOSED_INCOMPLETE = "EndEvent_ClosedIncomplete";

    // decisions (decisions/<id>.dmn), bound with deployment binding
    public static final String DECISION_COMPLEXITY_CRITERIA = "complexity-criteria";
    public static final String DECISION_TRIAGE_PRIORITY = "triage-priority";

    // beans named by camunda:delegateExpression
    public static final String RECORD_TRIAGE_DELEGATE = "recordTriageDelegate";
    public static final String RECORD_SCREENING_DECISION_DELEGATE = "recordScreeningDecisionDelegate";
    public static final String RECORD_INFORMATION_DELEGATE = "recordInformationDelegate";
    public static final String CLOSE_INCOMPLETE_DELEGATE = "closeIncompleteDelegate";

    // forms (forms/<id>.form)
    public static final String FORM_SCREENING_DECISION = "screening-decision";
    public static final String FORM_SCREENING_OVERDUE = "screening-overdue";
    public static final String FORM_REFERRAL_ADVICE = "referral-advice";
    public static final String FORM_PROVIDE_INFORMATION = "provide-information";
    public static final String FORM_CLOSED_INCOMPLETE_NOTICE = "closed-incomplete-notice";

    // variables submitted by the forms of this process (not yet in CaseVariables)
    /** {@code referral-advice}: the referrer has read the referral advice. */
    public static final String ADVICE_ACKNOWLEDGED = "adviceAcknowledged";
    /** {@code screening-overdue}: someone has picked up the overdue screening. */
    public static final String OVERDUE_ACKNOWLEDGED = "overdueAcknowledged";
    /** {@code closed-incomplete-notice}: the referrer has read that the case closed as incomplete. */
    public static final String CLOSURE_ACKNOWLEDGED = "closureAcknowledged";

    // values of screeningDecision (form) and screeningOutcome (delegate)
    public static final String DECISION_ACCEPT = "ACCEPT";
    public static final String DECISION_REFUSE = "REFUSE";
    public static final String DECISION_REQUEST_INFORMATION = "REQUEST_INFORMATION";
    public static final String OUTCOME_ACCEPTED = "ACCEPTED";
    public static final String OUTCOME_REFUSED = "REFUSED";
    public static final String OUTCOME_INFORMATION_REQUESTED = "INFORMATION_REQUESTED";
    public static final String OUTCOME_INCOMPLETE = "INCOMPLETE";

    private CaseScreeningProcess() {
    }
}
