package nl.veiligheidshuis.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Process {@code action-plan} ({@code processes/action-plan.bpmn}): the integral plan of approach (§3.2, §3.3 "one
 * family, one plan, one director"): the case director drafts goals and agreements, each partner with agreements
 * confirms its own with its mandate (§5.5.2), a rejection goes back to the director, a family member at risk gets
 * an own linked preventive case or joins this plan. Called with the case's variables plus {@link #CASE_DIRECTOR_PARTNER}
 * and {@link #CASE_DIRECTOR_USER}; business key = case number; tenant inherited. Key, element ids, bean, form and
 * variable names, so no delegate or test spells them as literals.
 */
public final class ActionPlanProcess {

    public static final String KEY = "action-plan";

    // elements, in the order of the flow
    public static final String START_EVENT_PLAN_REQUESTED = "StartEvent_PlanRequested";
    /** Loads the case's current plan, if any, to show and prefill (a revision confirms only what it touches). */
    public static final String SERVICE_TASK_PREPARE_PLAN = "ServiceTask_PreparePlan";
    public static final String USER_TASK_DRAFT_PLAN = "UserTask_DraftPlan";
    public static final String GATEWAY_PLAN_SUBMITTED = "Gateway_PlanSubmitted";
    /** Runs in the transaction of the draft's (or revision's) completion: wrong input fails the completion. */
    public static final String SERVICE_TASK_STORE_PLAN_VERSION = "ServiceTask_StorePlanVersion";
    public static final String GATEWAY_FAMILY_APPROACH = "Gateway_FamilyApproach";
    public static final String SEQUENCE_FLOW_FAMILY_APPROACH_OWN_CASE = "SequenceFlow_FamilyApproachOwnCase";
    public static final String SEQUENCE_FLOW_FAMILY_APPROACH_NONE = "SequenceFlow_FamilyApproachNone";
    public static final String SERVICE_TASK_REGISTER_PREVENTIVE_CASE = "ServiceTask_RegisterPreventiveCase";
    public static final String GATEWAY_FAMILY_APPROACH_JOIN = "Gateway_FamilyApproachJoin";
    /** Parallel multi-instance over {@link #PLAN_PARTNERS}, element variable {@link #PLAN_PARTNER}. */
    public static final String SUB_PROCESS_CONFIRM_AGREEMENTS = "SubProcess_ConfirmAgreements";
    public static final String START_EVENT_CONFIRMATION_REQUESTED = "StartEvent_ConfirmationRequested";
    public static final String SERVICE_TASK_PREPARE_PARTNER_AGREEMENTS = "ServiceTask_PreparePartnerAgreements";
    public static final String USER_TASK_CONFIRM_AGREEMENTS = "UserTask_ConfirmAgreements";
    /** Runs in the transaction of the partner's completion; its save point after keeps the decision. */
    public static final String SERVICE_TASK_RECORD_AGREEMENT_DECISION = "ServiceTask_RecordAgreementDecision";
    /** Terminate end event: ends this partner's instance only, including an open follow-up. */
    public static final String END_EVENT_PARTNER_DECIDED = "EndEvent_PartnerDecided";
    /** Non-interrupting timer on the partner's confirmation (P5D). */
    public static final String BOUNDARY_EVENT_CONFIRMATION_OVERDUE = "BoundaryEvent_ConfirmationOverdue";
    public static final String USER_TASK_FOLLOW_UP_CONFIRMATION = "UserTask_FollowUpConfirmation";
    public static final String END_EVENT_CONFIRMATION_FOLLOWED_UP = "EndEvent_ConfirmationFollowedUp";
    public static final String SERVICE_TASK_EVALUATE_CONFIRMATIONS = "ServiceTask_EvaluateConfirmations";
    public static final String GATEWAY_ALL_CONFIRMED = "Gateway_AllConfirmed";
    public static final String SEQUENCE_FLOW_ALL_CONFIRMED_YES = "SequenceFlow_AllConfirmedYes";
    public static final String SEQUENCE_FLOW_ALL_CONFIRMED_NO = "SequenceFlow_AllConfirmedNo";
    public static final String SERVICE_TASK_FIX_PLAN = "ServiceTask_FixPlan";
    /** Terminate end event: also ends an open overdue reminder. */
    public static final String END_EVENT_PLAN_FIXED = "EndEvent_PlanFixed";
    public static final String SERVICE_TASK_PREPARE_REVISION = "ServiceTask_PrepareRevision";
    public static final String USER_TASK_REVISE_PLAN = "UserTask_RevisePlan";

    // reminders while the case director has not submitted the plan (non-interrupting timers)
    public static final String BOUNDARY_EVENT_DRAFT_OVERDUE = "BoundaryEvent_DraftOverdue";
    public static final String BOUNDARY_EVENT_REVISION_OVERDUE = "BoundaryEvent_RevisionOverdue";
    public static final String GATEWAY_PLAN_OVERDUE_JOIN = "Gateway_PlanOverdueJoin";
    public static final String USER_TASK_HANDLE_OVERDUE_PLAN = "UserTask_HandleOverduePlan";
    public static final String END_EVENT_OVERDUE_PLAN_HANDLED = "EndEvent_OverduePlanHandled";

    // beans named by camunda:delegateExpression
    /** Used by both {@link #SERVICE_TASK_PREPARE_PLAN} and {@link #SERVICE_TASK_PREPARE_REVISION}. */
    public static final String PREPARE_PLAN_DELEGATE = "preparePlanDelegate";
    public static final String STORE_PLAN_VERSION_DELEGATE = "storePlanVersionDelegate";
    public static final String REGISTER_PREVENTIVE_CASE_DELEGATE = "registerPreventiveCaseDelegate";
    public static final String PREPARE_PARTNER_AGREEMENTS_DELEGATE = "preparePartnerAgreementsDelegate";
    public static final String RECORD_AGREEMENT_DECISION_DELEGATE = "recordAgreementDecisionDelegate";
    public static final String EVALUATE_CONFIRMATIONS_DELEGATE = "evaluateConfirmationsDelegate";
    public static final String FIX_PLAN_DELEGATE = "fixPlanDelegate";

    // forms (forms/<id>.form)
    public static final String FORM_DRAFT = "plan-draft";
    public static final String FORM_REVISE = "plan-revise";
    public static final String FORM_CONFIRM_AGREEMENTS = "plan-confirm-agreements";
    public static final String FORM_CONFIRMATION_OVERDUE = "plan-confirmation-overdue";
    public static final String FORM_OVERDUE = "plan-overdue";

    // ------------------------------------------------------------------ variables

    // in: set by case-conference (the case director, §5.4)
    /** Group id of the case director's partner, for example {@code jeugdzorg}. */
    public static final String CASE_DIRECTOR_PARTNER = "caseDirectorPartner";
    /** User id of the case director, for example {@code jeugdzorg.utrecht}. */
    public static final String CASE_DIRECTOR_USER = "caseDirectorUser";

    // out
    /** Integer: the plan version this run stored last. */
    public static final String PLAN_VERSION = "planVersion";
    /** {@code java.util.ArrayList<String>} (JSON): the partners that must confirm {@link #PLAN_VERSION}. */
    public static final String PLAN_PARTNERS = "planPartners";
    /** Boolean: true at the end, when every partner has confirmed. */
    public static final String PLAN_FIXED = "planFixed";
    /** Case number of the family member's preventive case (or of the active case the referral joined), when referred. */
    public static final String PLAN_LINKED_CASE_NUMBER = "planLinkedCaseNumber";

    // routing
    /** Integer or absent: the version the draft starts from (prefilled), absent for a case's first plan. */
    public static final String PLAN_BASE_VERSION = "planBaseVersion";
    /** {@code NONE}, {@code IN_PLAN} or {@code OWN_CASE}: what happens with a named family member at risk. */
    public static final String PLAN_FAMILY_APPROACH = "planFamilyApproach";
    /** {@code CONFIRMED} or {@code REJECTED}: the partners' decisions on the version, together. */
    public static final String PLAN_CONFIRMATION_OUTCOME = "planConfirmationOutcome";
    /** Element variable of the multi-instance: the partner (group id) of this confirmation. */
    public static final String PLAN_PARTNER = "planPartner";

    // display-only, set by the process for the forms (personal: kept out of history, removed when done)
    /** Json list: the agreements of the version the draft starts from, with partner and status. */
    public static final String PLAN_CURRENT_AGREEMENTS = "planCurrentAgreements";
    /** Json list: the partners that rejected the version, with their reasons. */
    public static final String PLAN_REJECTIONS = "planRejections";
    /** Integer: how many agreement slots are prefilled (those stay visible in the form). */
    public static final String PLAN_PREFILLED_SLOTS = "planPrefilledSlots";
    /** Json list, local to one confirmation: that partner's agreements of the version. */
    public static final String PARTNER_AGREEMENTS = "partnerAgreements";

    // submitted by plan-draft and plan-revise
    public static final int AGREEMENT_SLOTS = 8;
    /** The plan's overall goal. */
    public static final String PLAN_GOAL = "planGoal";
    /** Checklist (Json list of life domain codes) of the domains the plan sets goals on. */
    public static final String PLAN_GOAL_DOMAINS = "planGoalDomains";
    public static final String RISK_MEMBER_PRESENT = "riskMemberPresent";
    public static final String RISK_MEMBER_GIVEN_NAME = "riskMemberGivenName";
    public static final String RISK_MEMBER_FAMILY_NAME = "riskMemberFamilyName";
    public static final String RISK_MEMBER_DATE_OF_BIRTH = "riskMemberDateOfBirth";
    public static final String RISK_MEMBER_RELATION = "riskMemberRelation";
    /** {@code OWN_CASE} or {@code IN_PLAN}. */
    public static final String RISK_MEMBER_APPROACH = "riskMemberApproach";
    public static final String RISK_MEMBER_REASON = "riskMemberReason";
    public static final String RISK_MEMBER_LIFE_DOMAINS = "riskMemberLifeDomains";
    public static final String RISK_MEMBER_CRIMINAL_OR_NUISANCE_RISK = "riskMemberCriminalOrNuisanceRisk";
    public static final String RISK_MEMBER_CHAINS_NEEDED = "riskMemberChainsNeeded";
    public static final String RISK_MEMBER_COERCION_OR_PRESSURE_NEEDED = "riskMemberCoercionOrPressureNeeded";
    public static final String RISK_MEMBER_SINGLE_CHAIN_SOLVABLE = "riskMemberSingleChainSolvable";
    public static final String RISK_MEMBER_PROVEN_STANDARD_APPROACH = "riskMemberProvenStandardApproach";
    public static final String RISK_MEMBER_INFORMED = "riskMemberInformed";
    public static final String RISK_MEMBER_NOT_INFORMED_REASON = "riskMemberNotInformedReason";

    // submitted by plan-confirm-agreements (local to the partner's instance)
    /** {@code CONFIRMED} or {@code REJECTED}. */
    public static final String AGREEMENTS_DECISION = "agreementsDecision";
    public static final String AGREEMENTS_REJECTION_REASON = "agreementsRejectionReason";
    /** Boolean: the professional decides with the mandate of its organisation (§5.5.2). */
    public static final String AGREEMENTS_MANDATE = "agreementsMandate";

    // submitted by the reminder forms
    /** {@code plan-confirmation-overdue}: the case director has asked the partner for its decision. */
    public static final String CONFIRMATION_FOLLOWED_UP = "confirmationFollowedUp";
    /** {@code plan-overdue}: process direction has picked up the overdue plan. */
    public static final String PLAN_OVERDUE_ACKNOWLEDGED = "planOverdueAcknowledged";

    // values
    public static final String DECISION_CONFIRMED = "CONFIRMED";
    public static final String DECISION_REJECTED = "REJECTED";
    public static final String APPROACH_NONE = "NONE";
    public static final String APPROACH_IN_PLAN = "IN_PLAN";
    public static final String APPROACH_OWN_CASE = "OWN_CASE";

    /** The 12 life domains (design.md) as they appear in variable names: {@code planGoalHousing}. */
    public static final List<String> LIFE_DOMAINS = List.of("OFFENCE_HISTORY", "CURRENT_OFFENCE", "HOUSING", "EDUCATION_WORK",
            "INCOME_FINANCES", "PARTNER_FAMILY_RELATIONS", "FRIENDS_ACQUAINTANCES", "DRUG_USE", "ALCOHOL_USE", "EMOTIONAL_WELLBEING",
            "THINKING_BEHAVIOUR_SKILLS", "ATTITUDE");

    /** {@code agreement3Partner}, {@code agreement3Description}, ... for slot 3. */
    public static String agreementPartner(int slot) {
        return "agreement" + slot + "Partner";
    }

    public static String agreementDescription(int slot) {
        return "agreement" + slot + "Description";
    }

    public static String agreementForWhom(int slot) {
        return "agreement" + slot + "ForWhom";
    }

    public static String agreementLifeDomain(int slot) {
        return "agreement" + slot + "LifeDomain";
    }

    public static String agreementKind(int slot) {
        return "agreement" + slot + "Kind";
    }

    public static String agreementDueDate(int slot) {
        return "agreement" + slot + "DueDate";
    }

    /** {@code planGoalHousing} for {@code HOUSING}. */
    public static String goalOf(String lifeDomain) {
        StringBuilder name = new StringBuilder("planGoal");
        for (String part : lifeDomain.toLowerCase().split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    /** Everything the draft and revision forms submit: stored in the tables, then removed from the engine. */
    public static final Set<String> FORM_VARIABLES;

    /** Display and form variables with personal data or free text: never in the engine's history. */
    public static final Set<String> PERSONAL_VARIABLES;

    static {
        List<String> form = new ArrayList<>(List.of(PLAN_GOAL, PLAN_GOAL_DOMAINS, RISK_MEMBER_PRESENT, RISK_MEMBER_GIVEN_NAME,
                RISK_MEMBER_FAMILY_NAME, RISK_MEMBER_DATE_OF_BIRTH, RISK_MEMBER_RELATION, RISK_MEMBER_APPROACH, RISK_MEMBER_REASON,
                RISK_MEMBER_LIFE_DOMAINS, RISK_MEMBER_CRIMINAL_OR_NUISANCE_RISK, RISK_MEMBER_CHAINS_NEEDED,
                RISK_MEMBER_COERCION_OR_PRESSURE_NEEDED, RISK_MEMBER_SINGLE_CHAIN_SOLVABLE, RISK_MEMBER_PROVEN_STANDARD_APPROACH,
                RISK_MEMBER_INFORMED, RISK_MEMBER_NOT_INFORMED_REASON));
        LIFE_DOMAINS.forEach(domain -> form.add(goalOf(domain)));
        for (int slot = 1; slot <= AGREEMENT_SLOTS; slot++) {
            form.addAll(List.of(agreementPartner(slot), agreementDescription(slot), agreementForWhom(slot), agreementLifeDomain(slot),
                    agreementKind(slot), agreementDueDate(slot)));
        }
        FORM_VARIABLES = Set.copyOf(new LinkedHashSet<>(form));
        Set<String> personal = new LinkedHashSet<>(form);
        personal.addAll(List.of(PLAN_CURRENT_AGREEMENTS, PLAN_REJECTIONS, PARTNER_AGREEMENTS, AGREEMENTS_REJECTION_REASON));
        PERSONAL_VARIABLES = Set.copyOf(personal);
    }

    /** Display variables the process sets for the draft and revision forms, removed with the form's variables. */
    public static final Set<String> DISPLAY_VARIABLES = Set.of(PLAN_CURRENT_AGREEMENTS, PLAN_REJECTIONS, PLAN_PREFILLED_SLOTS);

    private ActionPlanProcess() {
    }
}
