package nl.veiligheidshuis.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A family member at risk (§3.3, §4.3) as the case director named them: taken into this plan ({@code IN_PLAN}) or
 * referred as an own preventive case ({@code OWN_CASE}, which needs what a referral needs: why, the life domains,
 * the complexity criteria and whether the person was informed).
 */
public record FamilyMemberInput(String givenName, String familyName, LocalDate dateOfBirth, String relation, String approach,
        String reason, List<String> lifeDomains, Boolean criminalOrNuisanceRisk, Integer chainsNeeded, Boolean coercionOrPressureNeeded,
        Boolean singleChainSolvable, Boolean provenStandardApproach, Boolean informed, String notInformedReason) {

    public FamilyMemberInput {
        lifeDomains = lifeDomains == null ? List.of() : List.copyOf(lifeDomains);
    }

    public boolean ownCase() {
        return ActionPlanProcess.APPROACH_OWN_CASE.equals(approach);
    }
}
