package nl.veiligheidshuis.escalation;

import java.util.List;

/**
 * Process {@code escalation-national-review} ({@code processes/escalation-national-review.bpmn}): the national
 * meeting reviews an escalation that its region's steering group could not resolve (§5.6), within its deadline.
 * {@code escalation} starts it as a process of its own with the business key {@code ESC-<region>-<id>}: it runs
 * without tenant ({@code RegionTenantIdProvider.NATIONAL_PROCESSES}), so {@code landelijk-overleg} sees its task, and
 * it receives no personal data ({@link #INPUT_VARIABLES}). It reports back with
 * {@link EscalationProcess#MESSAGE_NATIONAL_REVIEW_DONE}.
 */
public final class EscalationNationalReviewProcess {

    public static final String KEY = "escalation-national-review";

    // elements, in the order of the flow
    public static final String START_EVENT_NATIONAL_REVIEW_REQUESTED = "StartEvent_NationalReviewRequested";
    public static final String USER_TASK_REVIEW_NATIONALLY = "UserTask_ReviewNationally";
    /** Runs in the transaction of the task's completion (bad input fails the completion); save point after it. */
    public static final String SERVICE_TASK_RECORD_NATIONAL_DECISION = "ServiceTask_RecordNationalDecision";
    /** Interrupting timer at {@link EscalationProcess#RESPONSE_DUE_DATE} on the national meeting's task. */
    public static final String BOUNDARY_EVENT_NATIONAL_REVIEW_OVERDUE = "BoundaryEvent_NationalReviewOverdue";
    public static final String SERVICE_TASK_RECORD_NATIONAL_TIMEOUT = "ServiceTask_RecordNationalTimeout";
    public static final String GATEWAY_REPORT_JOIN = "Gateway_ReportJoin";
    /** Correlates {@link EscalationProcess#MESSAGE_NATIONAL_REVIEW_DONE} to the waiting escalation. */
    public static final String SERVICE_TASK_REPORT_TO_REGION = "ServiceTask_ReportToRegion";
    public static final String END_EVENT_NATIONAL_REVIEW_DONE = "EndEvent_NationalReviewDone";

    // the escalation ended without the national answer (its case closed): the review is withdrawn at any moment
    /** Interrupting message event sub-process on {@link #MESSAGE_REVIEW_WITHDRAWN}. */
    public static final String SUB_PROCESS_REVIEW_WITHDRAWN = "SubProcess_ReviewWithdrawn";
    public static final String START_EVENT_REVIEW_WITHDRAWN = "StartEvent_ReviewWithdrawn";
    public static final String END_EVENT_NATIONAL_REVIEW_WITHDRAWN = "EndEvent_NationalReviewWithdrawn";
    /** Correlated by business key (the escalation's reference) when the escalation's case closes. */
    public static final String MESSAGE_REVIEW_WITHDRAWN = "EscalationNationalReviewWithdrawn";

    public static final String FORM_NATIONAL_REVIEW = "escalation-national-review";

    /** The only variables the national review receives: reference, region, reason, levels and dates; no case, no names. */
    public static final List<String> INPUT_VARIABLES = List.of(EscalationProcess.ESCALATION_ID, EscalationProcess.ESCALATION_REFERENCE,
            EscalationProcess.ESCALATION_KIND, EscalationProcess.REGION, EscalationProcess.REGION_NAME, EscalationProcess.CURRENT_LEVEL, EscalationProcess.NEXT_LEVEL,
            EscalationProcess.REASON, EscalationProcess.ESCALATED_AT, EscalationProcess.RESPONSE_DUE_DATE, EscalationProcess.LEVEL_HISTORY,
            EscalationProcess.TASK_PRIORITY);

    private EscalationNationalReviewProcess() {
    }
}
