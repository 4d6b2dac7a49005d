package nl.veiligheidshuis.intake;

/**
 * Process {@code case-intake} ({@code processes/case-intake.bpmn}): registers a referral, links it to an active
 * case of the region or flags a hit in another region. Called by {@code case-lifecycle}; runs synchronously from
 * the start of the lifecycle up to its first user task. Key, element ids, bean and form names.
 */
public final class CaseIntakeProcess {

    public static final String KEY = "case-intake";

    // elements, in the order of the flow
    public static final String START_EVENT_INTAKE_STARTED = "StartEvent_IntakeStarted";
    /** Synchronous: a validation failure makes the start of the lifecycle fail and stores nothing. */
    public static final String SERVICE_TASK_REGISTER_REFERRAL = "ServiceTask_RegisterReferral";
    public static final String GATEWAY_IS_LINKED = "Gateway_IsLinked";
    public static final String SEQUENCE_FLOW_IS_LINKED_YES = "SequenceFlow_IsLinkedYes";
    public static final String SEQUENCE_FLOW_IS_LINKED_NO = "SequenceFlow_IsLinkedNo";
    public static final String USER_TASK_REVIEW_LINKED_REFERRAL = "UserTask_ReviewLinkedReferral";
    public static final String END_EVENT_REFERRAL_LINKED = "EndEvent_ReferralLinked";
    public static final String GATEWAY_IS_KNOWN_ELSEWHERE = "Gateway_IsKnownElsewhere";
    public static final String SEQUENCE_FLOW_IS_KNOWN_ELSEWHERE_YES = "SequenceFlow_IsKnownElsewhereYes";
    public static final String SEQUENCE_FLOW_IS_KNOWN_ELSEWHERE_NO = "SequenceFlow_IsKnownElsewhereNo";
    public static final String USER_TASK_AGREE_WITH_OTHER_REGION = "UserTask_AgreeWithOtherRegion";
    public static final String GATEWAY_OTHER_REGION_JOIN = "Gateway_OtherRegionJoin";
    public static final String END_EVENT_INTAKE_COMPLETED = "EndEvent_IntakeCompleted";

    // beans named by camunda:delegateExpression
    public static final String REGISTER_REFERRAL_DELEGATE = "registerReferralDelegate";

    // forms (forms/<id>.form)
    public static final String FORM_LINKED_REFERRAL_NOTICE = "linked-referral-notice";
    public static final String FORM_OTHER_REGION_HIT = "other-region-hit";

    // variables submitted by the forms of this process (not yet in CaseVariables)
    /** {@code linked-referral-notice}: the referrer has read that the referral joined an active case. */
    public static final String LINK_ACKNOWLEDGED = "linkAcknowledged";
    /** {@code other-region-hit}: process direction has agreed with the other region how to proceed. */
    public static final String OTHER_REGION_AGREED = "otherRegionAgreed";

    // values of intakeOutcome
    public static final String OUTCOME_NEW = "NEW";
    public static final String OUTCOME_LINKED = "LINKED";

    private CaseIntakeProcess() {
    }
}
