package nl.veiligheidshuis.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case as a caller who may see it reads it. */
public record CaseView(
        String caseNumber,
        String region,
        String caseType,
        String route,
        String status,
        String phase,
        String referringPartner,
        String priority,
        String complexityOutcome,
        String referralAdvice,
        String complexityRationale,
        String screeningDecision,
        String chosenReferralAdvice,
        String closeReason,
        Instant createdAt,
        Instant closedAt,
        Area area,
        List<Person> subjects,
        List<ReferralSummary> referrals,
        List<String> involvedPartners) {

    public record Area(String name, String municipality, String theme) {
    }

    public record Person(Long id, String role, String relation, String givenName, String familyName, LocalDate dateOfBirth,
            String municipality) {
    }

    public record ReferralSummary(String route, String referringPartner, Instant receivedAt, String summary, List<String> lifeDomains,
            boolean subjectInformed, LocalDate subjectInformedOn, String subjectNotInformedReason, LocalDate subjectInformedReviewDate,
            boolean linked) {
    }
}
