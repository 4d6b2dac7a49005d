package nl.veiligheidshuis.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One evaluation of the case director: decision, note and the state of the agreements it was taken on. */
@Entity
@Table(name = "vh_monitoring_evaluation")
class MonitoringEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "plan_version", nullable = false, updatable = false)
    private int planVersion;

    @Column(nullable = false, updatable = false)
    private int cycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EvaluationDecision decision;

    @Column(updatable = false)
    private String note;

    @Column(name = "open_agreements", nullable = false, updatable = false)
    private int openAgreements;

    @Column(name = "overdue_agreements", nullable = false, updatable = false)
    private int overdueAgreements;

    @Column(name = "partly_done", nullable = false, updatable = false)
    private int partlyDone;

    @Column(name = "not_done", nullable = false, updatable = false)
    private int notDone;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected MonitoringEvaluation() {
    }

    MonitoringEvaluation(Long caseId, int planVersion, int cycle, EvaluationDecision decision, String note, StatusCounts counts,
            String decidedBy, Instant decidedAt) {
        this.caseId = caseId;
        this.planVersion = planVersion;
        this.cycle = cycle;
        this.decision = decision;
        this.note = note;
        this.openAgreements = counts.open();
        this.overdueAgreements = counts.overdue();
        this.partlyDone = counts.partlyDone();
        this.notDone = counts.notDone();
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    int getCycle() {
        return cycle;
    }

    EvaluationDecision getDecision() {
        return decision;
    }

    String getNote() {
        return note;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    int getOpenAgreements() {
        return openAgreements;
    }

    int getNotDone() {
        return notDone;
    }
}
