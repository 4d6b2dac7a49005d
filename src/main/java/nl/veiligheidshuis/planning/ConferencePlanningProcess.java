package nl.veiligheidshuis.planning;

import java.util.Map;
import nl.veiligheidshuis.casefile.CaseVariables;

/**
 * Process {@code conference-planning} ({@code processes/conference-planning.bpmn}): the week's conference slots of one
 * region, cases clustered by the partners they need, proposed by the application and confirmed by process direction.
 * One instance per region and ISO week, business key {@code <region>-<week>}. Key, element ids, bean, form and variable
 * names. The variables hold no personal data: the region, the week, the planning's id, and a summary of case numbers
 * and partner names.
 */
public final class ConferencePlanningProcess {

    public static final String KEY = "conference-planning";

    // elements, in the order of the flow
    public static final String START_EVENT_WEEK_STARTS = "StartEvent_WeekStarts";
    public static final String SERVICE_TASK_PROPOSE_PLAN = "ServiceTask_ProposePlan";
    public static final String USER_TASK_CONFIRM_PLAN = "UserTask_ConfirmPlan";
    public static final String GATEWAY_PLAN_CONFIRMED = "Gateway_PlanConfirmed";
    public static final String SEQUENCE_FLOW_CONFIRM = "SequenceFlow_Confirm";
    public static final String SEQUENCE_FLOW_PROPOSE_AGAIN = "SequenceFlow_ProposeAgain";
    public static final String SERVICE_TASK_RECORD_CONFIRMATION = "ServiceTask_RecordConfirmation";
    public static final String END_EVENT_PLAN_CONFIRMED = "EndEvent_PlanConfirmed";

    // beans named by camunda:delegateExpression
    public static final String PROPOSE_CONFERENCE_PLAN_DELEGATE = "proposeConferencePlanDelegate";
    public static final String CONFIRM_CONFERENCE_PLAN_DELEGATE = "confirmConferencePlanDelegate";
    /** Task listener (complete) of {@link #USER_TASK_CONFIRM_PLAN}: refuses a completion without a valid decision. */
    public static final String PLANNING_DECISION_CHECK = "planningDecisionCheck";

    // forms (forms/<id>.form)
    public static final String FORM_WEEK = "planning-week";

    // variables
    /** Start: the region (tenant, see RegionTenantIdProvider). */
    public static final String REGION = CaseVariables.REGION;
    /** The region's name as professionals know it, for the forms. */
    public static final String REGION_NAME = CaseVariables.REGION_NAME;
    /** Start: the ISO week, String {@code 2026-W49}. */
    public static final String PLANNING_WEEK = "planningWeek";
    /** Set by the proposal: the planning's row ({@code vh_conference_plan.id}), Long. */
    public static final String PLAN_ID = "planId";
    /** Set by the proposal: number of slots, Integer. */
    public static final String SLOT_COUNT = "slotCount";
    /** Set by the proposal: number of cases planned, Integer. */
    public static final String CASE_COUNT = "planningCaseCount";
    /** Set by the proposal: the slots for people (case numbers and partner names only), String. */
    public static final String PLANNING_SUMMARY = "planningSummary";
    /** Form: {@link #DECISION_CONFIRM} or {@link #DECISION_PROPOSE_AGAIN}. */
    public static final String PLANNING_DECISION = "planningDecision";
    public static final String DECISION_CONFIRM = "CONFIRM";
    public static final String DECISION_PROPOSE_AGAIN = "PROPOSE_AGAIN";

    private ConferencePlanningProcess() {
    }

    /** {@code utrecht-2026-W49}. */
    public static String businessKey(String region, PlanningWeek week) {
        return region + "-" + week;
    }

    static Map<String, Object> startVariables(String region, PlanningWeek week) {
        return Map.of(REGION, region, PLANNING_WEEK, week.toString());
    }
}
