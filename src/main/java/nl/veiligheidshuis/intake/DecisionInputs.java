package nl.veiligheidshuis.intake;

import static nl.veiligheidshuis.casefile.CaseVariables.*;

import java.util.HashMap;
import java.util.Map;
import nl.veiligheidshuis.intake.ReferralRequest.Criteria;
import nl.veiligheidshuis.intake.ReferralRequest.Indicators;

/** The few variables a case carries into the engine: its ids and the inputs of the screening decisions. */
public final class DecisionInputs {

    private DecisionInputs() {
    }

    public static Map<String, Object> of(ReferralRequest referral, RegistrationOutcome outcome) {
        Criteria criteria = referral.criteria();
        Indicators indicators = referral.indicatorsOrNone();
        Map<String, Object> variables = new HashMap<>();
        variables.put(REGION, referral.region());
        variables.put(CASE_ID, outcome.caseId());
        variables.put(CASE_NUMBER, outcome.caseNumber());
        variables.put(REFERRING_PARTNER, referral.referringPartner());
        variables.put(CASE_TYPE, referral.caseType());
        variables.put(ROUTE, referral.route());
        variables.put(LIFE_DOMAIN_COUNT, ReferralRegistration.lifeDomainCount(referral));
        variables.put(CRIMINAL_OR_NUISANCE_RISK, isTrue(criteria.criminalOrNuisanceRisk()));
        variables.put(CHAINS_NEEDED, criteria.chainsNeeded());
        variables.put(COERCION_OR_PRESSURE_NEEDED, isTrue(criteria.coercionOrPressureNeeded()));
        variables.put(SINGLE_CHAIN_SOLVABLE, isTrue(criteria.singleChainSolvable()));
        variables.put(PROVEN_STANDARD_APPROACH, isTrue(criteria.provenStandardApproach()));
        variables.put(SYSTEM_IMPACT, isTrue(criteria.systemImpact()));
        variables.put(SERIOUS_AREA_SAFETY_ISSUE, isTrue(criteria.seriousAreaSafetyIssue()));
        variables.put(ACUTE_SAFETY_RISK, isTrue(indicators.acuteSafetyRisk()));
        variables.put(MINOR_INVOLVED, isTrue(indicators.minorInvolved()));
        variables.put(MATCHES_REGIONAL_PRIORITY, isTrue(indicators.matchesRegionalPriority()));
        // partner-selection inputs, for the conference phase
        variables.put("domesticViolence", isTrue(indicators.domesticViolence()));
        variables.put("detentionOrRecentRelease", isTrue(indicators.detentionOrRecentRelease()));
        variables.put("probationSupervision", isTrue(indicators.probationSupervision()));
        variables.put("runningCriminalCase", isTrue(indicators.runningCriminalCase()));
        variables.put("publicOrderNuisance", isTrue(indicators.publicOrderNuisance()));
        variables.put("mentalHealthProblems", isTrue(indicators.mentalHealthProblems()));
        variables.put("addictionProblems", isTrue(indicators.addictionProblems()));
        variables.put("intellectualDisability", isTrue(indicators.intellectualDisability()));
        variables.put("housingProblems", isTrue(indicators.housingProblems()));
        variables.put("schoolAttendanceProblems", isTrue(indicators.schoolAttendanceProblems()));
        variables.put("incomeDebtProblems", isTrue(indicators.incomeDebtProblems()));
        variables.put(INTAKE_OUTCOME, outcome.linked() ? "LINKED" : "NEW");
        if (outcome.linked()) {
            variables.put(LINKED_CASE_NUMBER, outcome.caseNumber());
        }
        variables.put(OTHER_REGION_HIT, outcome.otherRegionHit());
        return variables;
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
