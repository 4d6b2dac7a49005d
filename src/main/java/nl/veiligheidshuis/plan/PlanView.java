package nl.veiligheidshuis.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One version of a case's plan as a caller who may see the case reads it ({@code GET /api/cases/{n}/plan}). */
public record PlanView(
        String caseNumber,
        int version,
        String status,
        String goal,
        List<Goal> goals,
        List<AgreementView> agreements,
        List<ConfirmationView> confirmations,
        String createdBy,
        Instant createdAt,
        Instant fixedAt,
        List<VersionSummary> versions,
        List<String> linkedCases) {

    public record Goal(String lifeDomain, String goal) {
    }

    public record AgreementView(String key, String partner, String partnerName, String description, String forWhom, String lifeDomain,
            String interventionKind, LocalDate dueDate, String status) {
    }

    public record ConfirmationView(String partner, String decision, String reason, String decidedBy, Instant decidedAt,
            Integer carriedFromVersion) {
    }

    public record VersionSummary(int version, String status, Instant createdAt, Instant fixedAt) {
    }
}
