package nl.veiligheidshuis.monitoring;

import java.time.Instant;

/**
 * A case's status as inboxes, forms and dashboards read it ({@code GET /api/cases/{caseNumber}/status}): the case's
 * status, its phase, the plan version followed, its open and overdue agreements, partly and not kept ones, and the
 * next evaluation (or aftercare check). Counts are zero and the version absent before monitoring starts.
 */
public record CaseStatusView(
        String caseNumber,
        String caseStatus,
        String phase,
        Integer planVersion,
        int openAgreements,
        int overdueAgreements,
        int partlyDone,
        int notDone,
        Instant nextEvaluation,
        Instant updatedAt) {
}
