package nl.veiligheidshuis.intake;

import java.time.LocalDate;
import java.util.List;

/** The referral of design.md, exactly; from the API as JSON, from Tasklist via the start form. */
public record ReferralRequest(
        String region,
        String route,
        String caseType,
        String referringPartner,
        String summary,
        List<SubjectData> subjects,
        AreaData area,
        List<String> lifeDomains,
        Criteria criteria,
        Indicators indicators,
        Boolean subjectInformed,
        String subjectNotInformedReason,
        LocalDate subjectInformedReviewDate,
        LocalDate subjectInformedOn) {

    public record SubjectData(String role, String relation, String givenName, String familyName, LocalDate dateOfBirth, String bsn,
            String municipality) {
    }

    public record AreaData(String name, String municipality, String theme) {
    }

    public record Criteria(Boolean criminalOrNuisanceRisk, Integer chainsNeeded, Boolean coercionOrPressureNeeded,
            Boolean singleChainSolvable, Boolean provenStandardApproach, Boolean systemImpact, Boolean seriousAreaSafetyIssue) {
    }

    public record Indicators(Boolean minorInvolved, Boolean domesticViolence, Boolean detentionOrRecentRelease, Boolean probationSupervision,
            Boolean runningCriminalCase, Boolean publicOrderNuisance, Boolean mentalHealthProblems, Boolean addictionProblems,
            Boolean intellectualDisability, Boolean housingProblems, Boolean schoolAttendanceProblems, Boolean incomeDebtProblems,
            Boolean acuteSafetyRisk, Boolean matchesRegionalPriority) {

        static final Indicators NONE = new Indicators(false, false, false, false, false, false, false, false, false, false, false, false,
                false, false);
    }

    public List<SubjectData> subjectsOrEmpty() {
        return subjects == null ? List.of() : subjects;
    }

    public Indicators indicatorsOrNone() {
        return indicators == null ? Indicators.NONE : indicators;
    }
}
