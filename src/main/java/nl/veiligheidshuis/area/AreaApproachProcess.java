package nl.veiligheidshuis.area;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.veiligheidshuis.casefile.CaseVariables;

/**
 * Process {@code area-approach} ({@code processes/area-approach.bpmn}): the approach of an area- or theme-bound problem
 * (Landelijk kader §3.1). Started by {@link AreaApproaches#start} for an accepted AREA case, business key = case number,
 * tenant = the case's region. Key, element ids, beans, forms and variables.
 */
public final class AreaApproachProcess {

    public static final String KEY = "area-approach";

    // elements, in the order of the flow
    public static final String START_EVENT_APPROACH_STARTED = "StartEvent_AreaApproachStarted";
    public static final String GATEWAY_JOIN_ANALYSIS = "Gateway_JoinAnalysis";
    /** For {@code procesregie}, with {@code gemeente} as second candidate group. */
    public static final String USER_TASK_DRAFT_AREA_ANALYSIS = "UserTask_DraftAreaAnalysis";
    /** In the completion's transaction: the analysis moves into {@code vh_area_approach} and leaves the engine. */
    public static final String SERVICE_TASK_RECORD_AREA_ANALYSIS = "ServiceTask_RecordAreaAnalysis";
    public static final String GATEWAY_APPROACH_TYPE = "Gateway_ApproachType";
    public static final String SEQUENCE_FLOW_ADVICE = "SequenceFlow_ApproachTypeAdvice";
    public static final String SEQUENCE_FLOW_JOINT = "SequenceFlow_ApproachTypeJoint";
    public static final String USER_TASK_DRAFT_ADVICE = "UserTask_DraftAdvice";
    public static final String SERVICE_TASK_SEND_ADVICE = "ServiceTask_SendAdvice";
    /** For {@code gemeente}, due 30 days after the advice was sent. */
    public static final String USER_TASK_RECORD_ADMINISTRATOR_RESPONSE = "UserTask_RecordAdministratorResponse";
    /** Non-interrupting timer, 30 days: {@code procesregie} reminds the administration. */
    public static final String BOUNDARY_EVENT_RESPONSE_OVERDUE = "BoundaryEvent_ResponseOverdue";
    public static final String USER_TASK_REMIND_ADMINISTRATION = "UserTask_RemindAdministration";
    public static final String END_EVENT_REMINDER_SENT = "EndEvent_ReminderSent";
    public static final String SERVICE_TASK_RECORD_ADMINISTRATOR_RESPONSE = "ServiceTask_RecordAdministratorResponse";
    public static final String USER_TASK_AGREE_JOINT_APPROACH = "UserTask_AgreeJointApproach";
    public static final String SERVICE_TASK_RECORD_JOINT_APPROACH = "ServiceTask_RecordJointApproach";
    public static final String GATEWAY_JOIN_FOLLOW_UP = "Gateway_JoinFollowUp";
    /** Timer until {@link #FOLLOW_UP_DUE}. */
    public static final String TIMER_EVENT_FOLLOW_UP_DUE = "TimerEvent_FollowUpDue";
    public static final String USER_TASK_ASSESS_EFFECT = "UserTask_AssessEffect";
    public static final String SERVICE_TASK_RECORD_EFFECT = "ServiceTask_RecordEffect";
    public static final String GATEWAY_EFFECT_OUTCOME = "Gateway_EffectOutcome";
    public static final String SEQUENCE_FLOW_EFFECT_DONE = "SequenceFlow_EffectDone";
    public static final String SEQUENCE_FLOW_NEW_ANALYSIS = "SequenceFlow_EffectNewAnalysis";
    public static final String END_EVENT_APPROACH_COMPLETED = "EndEvent_AreaApproachCompleted";

    // beans named by camunda:delegateExpression
    public static final String RECORD_AREA_ANALYSIS_DELEGATE = "recordAreaAnalysisDelegate";
    public static final String SEND_AREA_ADVICE_DELEGATE = "sendAreaAdviceDelegate";
    public static final String RECORD_ADMINISTRATOR_RESPONSE_DELEGATE = "recordAdministratorResponseDelegate";
    public static final String RECORD_JOINT_APPROACH_DELEGATE = "recordJointApproachDelegate";
    public static final String RECORD_AREA_EFFECT_DELEGATE = "recordAreaEffectDelegate";

    // forms (forms/<id>.form)
    public static final String FORM_ANALYSIS = "area-analysis";
    public static final String FORM_ADVICE = "area-advice";
    public static final String FORM_RESPONSE = "area-response";
    public static final String FORM_RESPONSE_REMINDER = "area-response-reminder";
    public static final String FORM_JOINT_APPROACH = "area-joint-approach";
    public static final String FORM_EFFECT = "area-effect";

    // start variables: references only (the area's name and municipality are no personal data)
    public static final String REGION = CaseVariables.REGION;
    public static final String CASE_ID = CaseVariables.CASE_ID;
    public static final String CASE_NUMBER = CaseVariables.CASE_NUMBER;
    public static final String APPROACH_ID = "areaApproachId";
    public static final String AREA_NAME = "areaName";
    /** The municipality of the area: the administration the advice is addressed to. */
    public static final String AREA_MUNICIPALITY = "areaMunicipality";

    // analysis form
    /** Free text; moved into {@code vh_area_approach} and removed from the engine. */
    public static final String ANALYSIS_SUMMARY = "analysisSummary";
    /** {@link ApproachType}: drives the gateway, stays. */
    public static final String APPROACH_TYPE = "approachType";
    // advice form
    public static final String ADVICE_TEXT = "adviceText";
    // response form
    /** {@link AdministratorResponse}: stays (no free text). */
    public static final String ADMINISTRATOR_RESPONSE = "administratorResponse";
    public static final String RESPONSE_NOTE = "responseNote";
    /** The follow-up date as typed ({@code dd-mm-jjjj}); the delegate turns it into {@link #FOLLOW_UP_DUE}. */
    public static final String FOLLOW_UP_ON = "followUpOn";
    // joint approach form
    public static final String JOINT_AGREEMENTS = "jointAgreements";
    // effect form
    /** {@link EffectOutcome}: drives the gateway, stays. */
    public static final String EFFECT_OUTCOME = "effectOutcome";
    public static final String EFFECT_NOTE = "effectNote";

    // set by the delegates
    /** The follow-up date as a {@link java.util.Date}, for the timer. */
    public static final String FOLLOW_UP_DUE = "followUpDue";

    /** What the forms submit that must never stay in the engine (free text). */
    public static final Set<String> PERSONAL_VARIABLES = Set.of(ANALYSIS_SUMMARY, ADVICE_TEXT, RESPONSE_NOTE, JOINT_AGREEMENTS, EFFECT_NOTE);

    private AreaApproachProcess() {
    }

    static Map<String, Object> startVariables(AreaApproach approach, String areaName) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(REGION, approach.getRegion());
        variables.put(CASE_ID, approach.getCaseId());
        variables.put(CASE_NUMBER, approach.getCaseNumber());
        variables.put(APPROACH_ID, approach.getId());
        variables.put(AREA_NAME, areaName);
        variables.put(AREA_MUNICIPALITY, approach.getAddressedAdministrator());
        return variables;
    }
}
