package nl.veiligheidshuis.escalation;

/**
 * Process {@code escalation} ({@code processes/escalation.bpmn}): one escalation (opschaling, §5.6) from the level
 * where it arises up to the level that resolves it, with a response deadline per level. The business key is the case
 * number for a case escalation and {@code ESC-<region>-<id>} for a structural one; the tenant is the region. Key,
 * element ids, decision key, bean, form and variable names, so no code or test spells them as literals.
 */
public final class EscalationProcess {

    public static final String KEY = "escalation";

    // elements, in the order of the flow
    /** Start event; the Tasklist start form is the structural escalation of the VH manager. */
    public static final String START_EVENT_ESCALATION_RAISED = "StartEvent_EscalationRaised";
    /** Confirms an escalation started by the application, or registers the start form's; save point after it. */
    public static final String SERVICE_TASK_REGISTER_ESCALATION = "ServiceTask_RegisterEscalation";
    public static final String GATEWAY_LEVEL_JOIN = "Gateway_LevelJoin";
    public static final String BUSINESS_RULE_TASK_ROUTE_ESCALATION = "BusinessRuleTask_RouteEscalation";
    public static final String SERVICE_TASK_OPEN_LEVEL = "ServiceTask_OpenLevel";
    public static final String PARALLEL_GATEWAY_INFORM_MANAGER = "ParallelGateway_InformManager";
    public static final String USER_TASK_NOTICE_ESCALATION_TO_MANAGER = "UserTask_NoticeEscalationToManager";
    public static final String END_EVENT_MANAGER_INFORMED = "EndEvent_ManagerInformed";
    public static final String GATEWAY_WHICH_LEVEL = "Gateway_WhichLevel";
    public static final String SEQUENCE_FLOW_WHICH_LEVEL_REGIONAL = "SequenceFlow_WhichLevelRegional";
    public static final String SEQUENCE_FLOW_WHICH_LEVEL_NATIONAL = "SequenceFlow_WhichLevelNational";
    public static final String USER_TASK_HANDLE_ESCALATION = "UserTask_HandleEscalation";
    /** Runs in the transaction of the level task's completion (bad input fails the completion); save point after it. */
    public static final String SERVICE_TASK_RECORD_LEVEL_DECISION = "ServiceTask_RecordLevelDecision";
    /**
     * Starts {@code escalation-national-review} as a process of its own, without tenant and with non-personal
     * variables only (a called process would inherit the region's tenant and stay hidden from the national meeting).
     */
    public static final String SERVICE_TASK_REQUEST_NATIONAL_REVIEW = "ServiceTask_RequestNationalReview";
    /** Waits for {@link #MESSAGE_NATIONAL_REVIEW_DONE}; save point after it. */
    public static final String RECEIVE_TASK_AWAIT_NATIONAL_REVIEW = "ReceiveTask_AwaitNationalReview";
    public static final String GATEWAY_NATIONAL_ANSWERED = "Gateway_NationalAnswered";
    public static final String SEQUENCE_FLOW_NATIONAL_ANSWERED_YES = "SequenceFlow_NationalAnsweredYes";
    public static final String SEQUENCE_FLOW_NATIONAL_ANSWERED_NO = "SequenceFlow_NationalAnsweredNo";
    public static final String GATEWAY_DECISION_JOIN = "Gateway_DecisionJoin";
    public static final String GATEWAY_LEVEL_DECISION = "Gateway_LevelDecision";
    public static final String SEQUENCE_FLOW_LEVEL_DECISION_RESOLVED = "SequenceFlow_LevelDecisionResolved";
    public static final String SEQUENCE_FLOW_LEVEL_DECISION_ESCALATE = "SequenceFlow_LevelDecisionEscalate";
    public static final String SEQUENCE_FLOW_LEVEL_DECISION_SEND_BACK = "SequenceFlow_LevelDecisionSendBack";

    // resolved: the case director carries the decision out, the involved partners are told
    public static final String SERVICE_TASK_PREPARE_FEEDBACK = "ServiceTask_PrepareFeedback";
    public static final String PARALLEL_GATEWAY_FEEDBACK_FORK = "ParallelGateway_FeedbackFork";
    public static final String USER_TASK_CARRY_OUT_DECISION = "UserTask_CarryOutDecision";
    /** Parallel multi-instance over {@link #PARTNERS_TO_INFORM}, one task per involved partner. */
    public static final String USER_TASK_NOTICE_DECISION = "UserTask_NoticeDecision";
    /** Asynchronous before: the save point where the feedback branches meet. */
    public static final String PARALLEL_GATEWAY_FEEDBACK_JOIN = "ParallelGateway_FeedbackJoin";
    /** Terminate end event: also ends open notices of the VH manager and of the level below. */
    public static final String END_EVENT_ESCALATION_RESOLVED = "EndEvent_EscalationResolved";

    // sent back: the level below takes it back or escalates again
    public static final String USER_TASK_HANDLE_SENT_BACK = "UserTask_HandleSentBack";
    public static final String SERVICE_TASK_RECORD_SENT_BACK_RESPONSE = "ServiceTask_RecordSentBackResponse";
    public static final String GATEWAY_ESCALATE_AGAIN = "Gateway_EscalateAgain";
    public static final String SEQUENCE_FLOW_ESCALATE_AGAIN_YES = "SequenceFlow_EscalateAgainYes";
    public static final String SEQUENCE_FLOW_ESCALATE_AGAIN_NO = "SequenceFlow_EscalateAgainNo";
    /** Terminate end event. */
    public static final String END_EVENT_ESCALATION_TAKEN_BACK = "EndEvent_EscalationTakenBack";
    public static final String GATEWAY_CLIMB_JOIN = "Gateway_ClimbJoin";

    // a regional level lets its deadline pass: recorded, the level below is told, the escalation climbs
    /** Interrupting timer at {@link #RESPONSE_DUE_DATE} on the level's task. */
    public static final String BOUNDARY_EVENT_LEVEL_OVERDUE = "BoundaryEvent_LevelOverdue";
    public static final String SERVICE_TASK_RECORD_TIMEOUT = "ServiceTask_RecordTimeout";
    public static final String PARALLEL_GATEWAY_TIMEOUT_FORK = "ParallelGateway_TimeoutFork";
    public static final String USER_TASK_NOTICE_TIMEOUT = "UserTask_NoticeTimeout";
    public static final String END_EVENT_TIMEOUT_NOTICED = "EndEvent_TimeoutNoticed";

    // the national meeting let its deadline pass (timer in escalation-national-review): the steering group is told
    public static final String USER_TASK_HANDLE_NATIONAL_UNANSWERED = "UserTask_HandleNationalUnanswered";
    /** Terminate end event. */
    public static final String END_EVENT_NATIONAL_UNANSWERED = "EndEvent_NationalUnanswered";

    // the case closed (any closed status) while the escalation runs: everything of it ends, tasks included
    /** Interrupting message event sub-process on {@link #MESSAGE_CASE_CLOSED}; the record is ended by the application. */
    public static final String SUB_PROCESS_CASE_CLOSED = "SubProcess_CaseClosed";
    public static final String START_EVENT_CASE_CLOSED = "StartEvent_CaseClosed";
    public static final String END_EVENT_ESCALATION_ENDED_WITH_CASE = "EndEvent_EscalationEndedWithCase";

    // messages
    /**
     * Sent by {@code escalation-national-review} when the national meeting decided or let its deadline pass,
     * correlated by {@link #ESCALATION_ID}; carries {@link #ESCALATION_DECISION}, {@link #NATIONAL_REVIEW_TIMED_OUT}
     * and {@link #LEVEL_HISTORY}.
     */
    public static final String MESSAGE_NATIONAL_REVIEW_DONE = "EscalationNationalReviewDone";
    /** Correlated to each running escalation of a case when the case closes: starts {@link #SUB_PROCESS_CASE_CLOSED}. */
    public static final String MESSAGE_CASE_CLOSED = "EscalationCaseClosed";

    // decision (decisions/<id>.dmn), bound with deployment binding
    public static final String DECISION_ESCALATION_ROUTING = "escalation-routing";

    // beans named by camunda:delegateExpression
    public static final String REGISTER_ESCALATION_DELEGATE = "registerEscalationDelegate";
    public static final String OPEN_ESCALATION_LEVEL_DELEGATE = "openEscalationLevelDelegate";
    /** Also used by {@code escalation-national-review}. */
    public static final String RECORD_ESCALATION_DECISION_DELEGATE = "recordEscalationDecisionDelegate";
    /** Regional and national deadlines alike (the national one in escalation-national-review). */
    public static final String RECORD_ESCALATION_TIMEOUT_DELEGATE = "recordEscalationTimeoutDelegate";
    public static final String PREPARE_ESCALATION_FEEDBACK_DELEGATE = "prepareEscalationFeedbackDelegate";
    public static final String RECORD_ESCALATION_RESPONSE_DELEGATE = "recordEscalationResponseDelegate";
    public static final String REQUEST_NATIONAL_REVIEW_DELEGATE = "requestNationalReviewDelegate";
    /** Used by {@code escalation-national-review}. */
    public static final String REPORT_NATIONAL_REVIEW_DELEGATE = "reportNationalReviewDelegate";

    // forms (forms/<id>.form)
    public static final String FORM_START = "escalation-start";
    public static final String FORM_HANDLE = "escalation-handle";
    public static final String FORM_MANAGER_NOTICE = "escalation-manager-notice";
    public static final String FORM_CARRY_OUT = "escalation-carry-out";
    public static final String FORM_DECISION_NOTICE = "escalation-decision-notice";
    public static final String FORM_SENT_BACK = "escalation-sent-back";
    public static final String FORM_TIMEOUT_NOTICE = "escalation-timeout-notice";
    public static final String FORM_NATIONAL_UNANSWERED = "escalation-national-unanswered";

    // variables: identity and start (never personal data; the texts are in vh_escalation)
    public static final String ESCALATION_ID = "escalationId";
    /** {@code ESC-<region>-<id>}: the business key of a structural escalation and of every national review. */
    public static final String ESCALATION_REFERENCE = "escalationReference";
    /** {@code CASE} or {@code STRUCTURAL}. */
    public static final String ESCALATION_KIND = "escalationKind";
    public static final String REGION = "region";
    /** The region's name as professionals know it ("Utrecht"), for the forms. */
    public static final String REGION_NAME = "regionName";
    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    /** The agreement of the plan that an agreement escalation is about ({@code A1}, ...): a reference, never its text. */
    public static final String AGREEMENT_REF = "agreementRef";
    /** escalation-routing input: the level the escalation comes from ({@code OPERATIONAL}, {@code TACTICAL}, {@code STRATEGIC}). */
    public static final String CURRENT_LEVEL = "currentLevel";
    /** escalation-routing input. */
    public static final String REASON = "reason";
    /** The partner group (organisation, not a person) that escalated. */
    public static final String ESCALATING_PARTNER = "escalatingPartner";
    public static final String ESCALATED_AT = "escalatedAt";
    public static final String CASE_DIRECTOR_PARTNER = "caseDirectorPartner";
    public static final String CASE_DIRECTOR_USER = "caseDirectorUser";
    public static final String TASK_PRIORITY = "taskPriority";

    // variables: routing of the current level
    /** escalation-routing outputs. */
    public static final String NEXT_LEVEL = "nextLevel";
    public static final String ASSIGNEE_GROUP = "assigneeGroup";
    public static final String RESPONSE_DUE = "responseDue";
    /** When the level must have answered: the task's due date and the timer's. */
    public static final String RESPONSE_DUE_DATE = "responseDueDate";
    /** The group of the level the escalation came from: told of a passed deadline, receives what is sent back. */
    public static final String LOWER_LEVEL_GROUP = "lowerLevelGroup";
    /**
     * The group told that a level let its deadline pass (the level below the one that timed out), fixed before the
     * escalation climbs and opens the next level.
     */
    public static final String TIMEOUT_NOTICE_GROUP = "timeoutNoticeGroup";
    /** Json list of the levels reached (level, group, dates, outcome): no names, no texts. */
    public static final String LEVEL_HISTORY = "levelHistory";

    // variables: decisions
    /** Submitted by the level's form: {@code RESOLVED}, {@code ESCALATE} or {@code SEND_BACK}. */
    public static final String ESCALATION_DECISION = "escalationDecision";
    /** Free text, moved into vh_escalation_level and removed at once (PersonalVariables). */
    public static final String ESCALATION_DECISION_TEXT = "escalationDecisionText";
    public static final String ESCALATION_MEASURES = "escalationMeasures";
    public static final String ESCALATION_DECISION_REASON = "escalationDecisionReason";
    /** Set by {@link #MESSAGE_NATIONAL_REVIEW_DONE}: the national meeting let its deadline pass. */
    public static final String NATIONAL_REVIEW_TIMED_OUT = "nationalReviewTimedOut";
    /** Submitted by the sent-back form: {@code TAKE_BACK} or {@code ESCALATE_AGAIN}. */
    public static final String ESCALATION_RESPONSE = "escalationResponse";
    public static final String ESCALATION_RESPONSE_REASON = "escalationResponseReason";
    /** The start form's description of a structural escalation (free text, removed at registration). */
    public static final String ESCALATION_DESCRIPTION = "escalationDescription";

    // variables: feedback
    /** Who carries a resolved decision out: the case director's partner, or procesregie. */
    public static final String FEEDBACK_GROUP = "feedbackGroup";
    /** The partner groups involved in the case when it was resolved (a list; empty for a structural escalation). */
    public static final String PARTNERS_TO_INFORM = "partnersToInform";
    /** Element variable of the multi-instance notice. */
    public static final String PARTNER = "partner";

    // acknowledgements submitted by the notice forms
    public static final String MANAGER_NOTICED = "managerNoticed";
    public static final String DECISION_CARRIED_OUT = "decisionCarriedOut";
    public static final String DECISION_NOTICED = "decisionNoticed";
    public static final String TIMEOUT_NOTICED = "timeoutNoticed";
    public static final String UNANSWERED_NOTICED = "unansweredNoticed";

    // values
    public static final String KIND_CASE = "CASE";
    public static final String KIND_STRUCTURAL = "STRUCTURAL";
    public static final String DECISION_RESOLVED = "RESOLVED";
    public static final String DECISION_ESCALATE = "ESCALATE";
    public static final String DECISION_SEND_BACK = "SEND_BACK";
    public static final String RESPONSE_TAKE_BACK = "TAKE_BACK";
    public static final String RESPONSE_ESCALATE_AGAIN = "ESCALATE_AGAIN";

    private EscalationProcess() {
    }
}
