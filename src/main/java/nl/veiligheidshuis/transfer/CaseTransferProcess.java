package nl.veiligheidshuis.transfer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.veiligheidshuis.casefile.CaseVariables;

/**
 * Process {@code case-transfer} ({@code processes/case-transfer.bpmn}): the handover of a case to another region
 * (§5.2). Started by {@link Transfers#request} with the origin case number as business key and the TARGET region
 * as tenant, so that the receiving process direction gets the assessment. Key, element ids, beans, form and variables.
 */
public final class CaseTransferProcess {

    public static final String KEY = "case-transfer";

    // elements, in the order of the flow
    public static final String START_EVENT_TRANSFER_REQUESTED = "StartEvent_TransferRequested";
    /** For {@code procesregie} of the target region, due 10 days after the request. */
    public static final String USER_TASK_ASSESS_TRANSFER = "UserTask_AssessTransfer";
    /** Interrupting timer: 20 days without a decision end the transfer as {@code EXPIRED}. */
    public static final String BOUNDARY_EVENT_TRANSFER_UNANSWERED = "BoundaryEvent_TransferUnanswered";
    public static final String SERVICE_TASK_EXPIRE_TRANSFER = "ServiceTask_ExpireTransfer";
    public static final String END_EVENT_TRANSFER_EXPIRED = "EndEvent_TransferExpired";
    public static final String GATEWAY_TRANSFER_DECISION = "Gateway_TransferDecision";
    public static final String SEQUENCE_FLOW_ACCEPTED = "SequenceFlow_DecisionAccept";
    public static final String SEQUENCE_FLOW_DECLINED = "SequenceFlow_DecisionDecline";
    /** Runs in the completion's transaction: a case the intake refuses fails the completion with its message. */
    public static final String SERVICE_TASK_REGISTER_TRANSFERRED_CASE = "ServiceTask_RegisterTransferredCase";
    public static final String END_EVENT_TRANSFER_ACCEPTED = "EndEvent_TransferAccepted";
    /** Runs in the completion's transaction: a decline without a reason fails the completion. */
    public static final String SERVICE_TASK_RECORD_DECLINE = "ServiceTask_RecordDecline";
    public static final String END_EVENT_TRANSFER_DECLINED = "EndEvent_TransferDeclined";

    // beans named by camunda:delegateExpression
    public static final String REGISTER_TRANSFERRED_CASE_DELEGATE = "registerTransferredCaseDelegate";
    public static final String RECORD_TRANSFER_DECLINE_DELEGATE = "recordTransferDeclineDelegate";
    public static final String EXPIRE_TRANSFER_DELEGATE = "expireTransferDelegate";

    // forms (forms/<id>.form)
    public static final String FORM_ASSESS = "transfer-assess";

    // start variables: references only
    /** The TARGET region: the tenant of the instance (RegionTenantIdProvider). */
    public static final String REGION = CaseVariables.REGION;
    public static final String TRANSFER_ID = "transferId";
    public static final String ORIGIN_CASE_NUMBER = "originCaseNumber";
    public static final String ORIGIN_REGION = "originRegion";
    public static final String ORIGIN_REGION_NAME = "originRegionName";
    public static final String TARGET_REGION = "targetRegion";

    // assessment form
    /** {@code ACCEPT} or {@code DECLINE}. */
    public static final String TRANSFER_DECISION = "transferDecision";
    /** Free text; moved into {@code vh_case_transfer} and removed from the engine. */
    public static final String DECLINE_REASON = "declineReason";

    // set by the delegates
    public static final String TRANSFER_OUTCOME = "transferOutcome";
    public static final String NEW_CASE_NUMBER = "newCaseNumber";

    public static final String DECISION_ACCEPT = "ACCEPT";
    public static final String DECISION_DECLINE = "DECLINE";

    /** What the assessment form submits that must never stay in the engine. */
    public static final Set<String> PERSONAL_VARIABLES = Set.of(DECLINE_REASON);

    private CaseTransferProcess() {
    }

    static Map<String, Object> startVariables(CaseTransfer transfer, String originRegionName) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(REGION, transfer.getTargetRegion());
        variables.put(TRANSFER_ID, transfer.getId());
        variables.put(ORIGIN_CASE_NUMBER, transfer.getOriginCaseNumber());
        variables.put(ORIGIN_REGION, transfer.getOriginRegion());
        variables.put(ORIGIN_REGION_NAME, originRegionName);
        variables.put(TARGET_REGION, transfer.getTargetRegion());
        return variables;
    }
}
