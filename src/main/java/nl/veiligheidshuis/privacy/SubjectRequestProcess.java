package nl.veiligheidshuis.privacy;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.veiligheidshuis.casefile.CaseVariables;

/**
 * Process {@code subject-request} ({@code processes/subject-request.bpmn}): a data subject's request for access,
 * correction or erasure, registered at the region's one contact point and handled by its process direction within
 * a month of receipt (AVG art. 12(3)), with a reminder a week before. Key, element ids, bean, form and variable names.
 */
public final class SubjectRequestProcess {

    public static final String KEY = "subject-request";

    // elements, in the order of the flow
    /** Start form {@link #FORM_START}; the registration runs in the start's transaction. */
    public static final String START_EVENT_REQUEST_RECEIVED = "StartEvent_RequestReceived";
    public static final String SERVICE_TASK_REGISTER_REQUEST = "ServiceTask_RegisterRequest";
    public static final String USER_TASK_HANDLE_REQUEST = "UserTask_HandleRequest";
    /** Non-interrupting timer at {@link #REQUEST_REMINDER_DATE}: a week before the deadline. */
    public static final String BOUNDARY_EVENT_DEADLINE_NEAR = "BoundaryEvent_DeadlineNear";
    public static final String USER_TASK_WATCH_DEADLINE = "UserTask_WatchDeadline";
    public static final String END_EVENT_REMINDER_HANDLED = "EndEvent_ReminderHandled";
    public static final String GATEWAY_REQUEST_KIND = "Gateway_RequestKind";
    public static final String SEQUENCE_FLOW_KIND_ACCESS = "SequenceFlow_KindAccess";
    public static final String SEQUENCE_FLOW_KIND_CORRECTION = "SequenceFlow_KindCorrection";
    public static final String SEQUENCE_FLOW_KIND_ERASURE = "SequenceFlow_KindErasure";
    /** The three run in the transaction of the handling task's completion: a wrong decision fails the completion. */
    public static final String SERVICE_TASK_RECORD_ACCESS_ANSWER = "ServiceTask_RecordAccessAnswer";
    public static final String SERVICE_TASK_APPLY_CORRECTION = "ServiceTask_ApplyCorrection";
    public static final String SERVICE_TASK_APPLY_ERASURE = "ServiceTask_ApplyErasure";
    public static final String GATEWAY_REQUEST_HANDLED = "Gateway_RequestHandled";
    /** Terminate end event: also ends an open reminder. */
    public static final String END_EVENT_REQUEST_ANSWERED = "EndEvent_RequestAnswered";

    // beans named by camunda:delegateExpression
    public static final String REGISTER_SUBJECT_REQUEST_DELEGATE = "registerSubjectRequestDelegate";
    public static final String RECORD_ACCESS_ANSWER_DELEGATE = "recordAccessAnswerDelegate";
    public static final String APPLY_CORRECTION_DELEGATE = "applyCorrectionDelegate";
    public static final String APPLY_ERASURE_DELEGATE = "applyErasureDelegate";

    // forms (forms/<id>.form)
    public static final String FORM_START = "subject-request-start";
    public static final String FORM_HANDLE = "subject-request-handle";
    public static final String FORM_REMINDER = "subject-request-reminder";

    // start form and POST /api/subject-requests
    public static final String REGION = CaseVariables.REGION;
    /** {@code ACCESS}, {@code CORRECTION} or {@code ERASURE}. */
    public static final String REQUEST_KIND = "requestKind";
    /** The person's row in a case file ({@code vh_case_subject.id}), when process direction knows it. */
    public static final String SUBJECT_ID = "subjectId";
    /** Personal: only when the subject id is not known; removed at registration. */
    public static final String REQUEST_GIVEN_NAME = "requestGivenName";
    public static final String REQUEST_FAMILY_NAME = "requestFamilyName";
    /** String {@code yyyy-mm-dd}. */
    public static final String REQUEST_DATE_OF_BIRTH = "requestDateOfBirth";
    /** String {@code yyyy-mm-dd}. */
    public static final String REQUEST_RECEIVED_ON = "requestReceivedOn";
    /** {@code LETTER}, {@code EMAIL}, {@code DESK}, {@code PHONE} or {@code PARTNER}. */
    public static final String REQUEST_CHANNEL = "requestChannel";

    // set by the registration
    public static final String REQUEST_ID = "requestId";
    /** {@code VB-<year>-<6 digits>}: also the business key. */
    public static final String REQUEST_NUMBER = "requestNumber";
    public static final String PERSON_FOUND = "personFound";
    public static final String CASE_COUNT = "caseCount";
    /** Date: one month after receipt (AVG art. 12(3)), 17:00. */
    public static final String REQUEST_DUE_DATE = "requestDueDate";
    /** Date: a week before the due date, 09:00. */
    public static final String REQUEST_REMINDER_DATE = "requestReminderDate";

    // handling form
    /** {@code GRANT} or {@code REFUSE}. */
    public static final String REQUEST_DECISION = "requestDecision";
    /** Correction: {@code givenName}, {@code familyName}, {@code dateOfBirth}, {@code municipality} or {@code bsn}. */
    public static final String CORRECTION_FIELD = "correctionField";
    /** Personal: the corrected value; moved into the case file and removed. */
    public static final String CORRECTION_VALUE = "correctionValue";
    public static final String ERASURE_GROUND = "erasureGround";
    public static final String REFUSAL_GROUND = "refusalGround";
    /** Free text for the person; moved into the request record and removed. */
    public static final String REFUSAL_REASON = "refusalReason";

    // reminder form
    public static final String REMINDER_ACKNOWLEDGED = "reminderAcknowledged";

    // outcome: SubjectRequest.Outcome
    public static final String REQUEST_OUTCOME = "requestOutcome";

    // values of requestKind
    public static final String KIND_ACCESS = "ACCESS";
    public static final String KIND_CORRECTION = "CORRECTION";
    public static final String KIND_ERASURE = "ERASURE";

    /** What the start form and the handling form submit that must never stay in the engine (PersonalVariables). */
    public static final Set<String> PERSONAL_FIELDS = Set.of(REQUEST_GIVEN_NAME, REQUEST_FAMILY_NAME, REQUEST_DATE_OF_BIRTH,
            CORRECTION_VALUE, REFUSAL_REASON);

    private SubjectRequestProcess() {
    }

    /** The variables a registered request carries in the engine: ids, the kind, the dates. */
    static Map<String, Object> variablesOf(SubjectRequests.Registered registered) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(REGION, registered.region());
        variables.put(REQUEST_KIND, registered.kind().name());
        variables.put(REQUEST_ID, registered.requestId());
        variables.put(REQUEST_NUMBER, registered.requestNumber());
        variables.put(SUBJECT_ID, registered.subjectId());
        variables.put(PERSON_FOUND, registered.subjectId() != null);
        variables.put(CASE_COUNT, registered.caseCount());
        variables.put(REQUEST_RECEIVED_ON, registered.receivedOn().toString());
        variables.put(REQUEST_CHANNEL, registered.channel().name());
        variables.put(REQUEST_DUE_DATE, Date.from(registered.dueAt()));
        variables.put(REQUEST_REMINDER_DATE, Date.from(registered.reminderAt()));
        return variables;
    }
}
