package nl.veiligheidshuis.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One case's row of the case status projection (vh_case_status). */
@Entity
@Table(name = "vh_case_status")
class CaseStatusRecord {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatusPhase phase;

    @Column(name = "plan_version")
    private Integer planVersion;

    @Column(name = "open_agreements", nullable = false)
    private int openAgreements;

    @Column(name = "overdue_agreements", nullable = false)
    private int overdueAgreements;

    @Column(name = "partly_done", nullable = false)
    private int partlyDone;

    @Column(name = "not_done", nullable = false)
    private int notDone;

    @Column(name = "next_evaluation")
    private Instant nextEvaluation;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CaseStatusRecord() {
    }

    CaseStatusRecord(Long caseId, StatusPhase phase, Integer planVersion, Instant at) {
        this.caseId = caseId;
        this.phase = phase;
        this.planVersion = planVersion;
        this.updatedAt = at;
    }

    void counts(StatusCounts counts, Instant at) {
        this.openAgreements = counts.open();
        this.overdueAgreements = counts.overdue();
        this.partlyDone = counts.partlyDone();
        this.notDone = counts.notDone();
        this.updatedAt = at;
    }

    void phase(StatusPhase next, Instant at) {
        this.phase = next;
        this.updatedAt = at;
    }

    void planVersion(Integer version, Instant at) {
        this.planVersion = version;
        this.updatedAt = at;
    }

    void nextEvaluation(Instant next, Instant at) {
        this.nextEvaluation = next;
        this.updatedAt = at;
    }

    Long getCaseId() {
        return caseId;
    }

    StatusPhase getPhase() {
        return phase;
    }

    Integer getPlanVersion() {
        return planVersion;
    }

    int getOpenAgreements() {
        return openAgreements;
    }

    int getOverdueAgreements() {
        return overdueAgreements;
    }

    int getPartlyDone() {
        return partlyDone;
    }

    int getNotDone() {
        return notDone;
    }

    Instant getNextEvaluation() {
        return nextEvaluation;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
