package nl.veiligheidshuis.casefile;

/**
 * The few process variables a case carries (design.md, data rules): ids, decision inputs and outcomes. People,
 * subjects and texts live in the application's tables, never here. Every model, delegate and test names a
 * variable through this class.
 */
public final class CaseVariables {

    // identity of the case
    public static final String REGION = "region";
    /** The region's name for people ("Rotterdam-Rijnmond"), for forms and Tasklist lists. */
    public static final String REGION_NAME = "regionName";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CASE_ID = "caseId";
    public static final String REFERRING_PARTNER = "referringPartner";

    // intake
    /** {@code NEW} or {@code LINKED}. */
    public static final String INTAKE_OUTCOME = "intakeOutcome";
    public static final String LINKED_CASE_NUMBER = "linkedCaseNumber";
    /** Region id of another region where a subject is active (hit without details), or absent. */
    public static final String OTHER_REGION_HIT = "otherRegionHit";

    // complexity-criteria inputs
    public static final String CASE_TYPE = "caseType";
    public static final String ROUTE = "route";
    public static final String LIFE_DOMAIN_COUNT = "lifeDomainCount";
    public static final String CRIMINAL_OR_NUISANCE_RISK = "criminalOrNuisanceRisk";
    public static final String CHAINS_NEEDED = "chainsNeeded";
    public static final String COERCION_OR_PRESSURE_NEEDED = "coercionOrPressureNeeded";
    public static final String SINGLE_CHAIN_SOLVABLE = "singleChainSolvable";
    public static final String PROVEN_STANDARD_APPROACH = "provenStandardApproach";
    public static final String SYSTEM_IMPACT = "systemImpact";
    public static final String SERIOUS_AREA_SAFETY_ISSUE = "seriousAreaSafetyIssue";

    // triage-priority inputs
    public static final String ACUTE_SAFETY_RISK = "acuteSafetyRisk";
    public static final String MINOR_INVOLVED = "minorInvolved";
    public static final String MATCHES_REGIONAL_PRIORITY = "matchesRegionalPriority";

    // decision outcomes
    public static final String COMPLEXITY_OUTCOME = "complexityOutcome";
    public static final String REFERRAL_ADVICE = "referralAdvice";
    public static final String COMPLEXITY_RATIONALE = "complexityRationale";
    public static final String PRIORITY = "priority";
    public static final String SCREENING_DUE = "screeningDue";
    public static final String SCREENING_DUE_DATE = "screeningDueDate";
    public static final String TASK_PRIORITY = "taskPriority";

    // screening
    /** Submitted by the screening form: {@code ACCEPT}, {@code REFUSE} or {@code REQUEST_INFORMATION}. */
    public static final String SCREENING_DECISION = "screeningDecision";
    public static final String OVERRIDE_REASON = "overrideReason";
    /** Set by the screening form when refusing: the advice the screener gives (defaults to the decision's). */
    public static final String CHOSEN_REFERRAL_ADVICE = "chosenReferralAdvice";
    public static final String INFORMATION_REQUEST = "informationRequest";
    public static final String INFORMATION_DEADLINE = "informationDeadline";
    public static final String INFORMATION_ANSWER = "informationAnswer";
    /** When the referrer's answer is due (the task's due date; the timer uses {@link #INFORMATION_DEADLINE}). */
    public static final String INFORMATION_DUE_DATE = "informationDueDate";
    /** {@code ACCEPTED}, {@code REFUSED}, {@code INFORMATION_REQUESTED} or {@code INCOMPLETE}. */
    public static final String SCREENING_OUTCOME = "screeningOutcome";

    // withdrawal (message CaseWithdrawn)
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    public static final String WITHDRAWN_BY = "withdrawnBy";

    private CaseVariables() {
    }
}
