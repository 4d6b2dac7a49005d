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
import java.time.LocalDate;

/** One agreement of one fixed plan version as it is followed: state, report, escalation (vh_agreement_tracking). */
@Entity
@Table(name = "vh_agreement_tracking")
class AgreementTracking {

    /** What made an agreement escalate. */
    enum Trigger {
        OVERDUE,
        NOT_DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "plan_version", nullable = false, updatable = false)
    private int planVersion;

    @Column(name = "agreement_key", nullable = false, updatable = false)
    private String agreementKey;

    @Column(name = "partner_group", nullable = false, updatable = false)
    private String partnerGroup;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementState state;

    private String explanation;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "carried_from_version")
    private Integer carriedFromVersion;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Column(name = "escalation_id")
    private Long escalationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_trigger")
    private Trigger escalationTrigger;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected AgreementTracking() {
    }

    AgreementTracking(Long caseId, int planVersion, String agreementKey, String partnerGroup, LocalDate dueDate, Instant startedAt) {
        this.caseId = caseId;
        this.planVersion = planVersion;
        this.agreementKey = agreementKey;
        this.partnerGroup = partnerGroup;
        this.dueDate = dueDate;
        this.startedAt = startedAt;
        this.state = AgreementState.OPEN;
    }

    /** The same agreement was reported done in an earlier version: nothing left to follow. */
    void carryDoneFrom(AgreementTracking earlier) {
        this.state = AgreementState.DONE;
        this.explanation = earlier.explanation;
        this.reportedBy = earlier.reportedBy;
        this.reportedAt = earlier.reportedAt;
        this.carriedFromVersion = earlier.carriedFromVersion != null ? earlier.carriedFromVersion : earlier.planVersion;
    }

    /** The due date passed without a report; a reported agreement stays as reported. */
    boolean markOverdue(Instant at) {
        if (state != AgreementState.OPEN) {
            return false;
        }
        state = AgreementState.OVERDUE;
        overdueAt = at;
        return true;
    }

    void report(ReportOutcome outcome, String explanation, String by, Instant at) {
        this.state = outcome.state();
        this.explanation = explanation;
        this.reportedBy = by;
        this.reportedAt = at;
    }

    void escalated(Long escalationId, Trigger trigger, Instant at) {
        this.escalationId = escalationId;
        this.escalationTrigger = trigger;
        this.escalatedAt = at;
    }

    void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    boolean isEscalated() {
        return escalationId != null;
    }

    Long getId() {
        return id;
    }

    Long getCaseId() {
        return caseId;
    }

    int getPlanVersion() {
        return planVersion;
    }

    String getAgreementKey() {
        return agreementKey;
    }

    String getPartnerGroup() {
        return partnerGroup;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    AgreementState getState() {
        return state;
    }

    String getExplanation() {
        return explanation;
    }

    String getReportedBy() {
        return reportedBy;
    }

    Instant getReportedAt() {
        return reportedAt;
    }

    Integer getCarriedFromVersion() {
        return carriedFromVersion;
    }

    Instant getOverdueAt() {
        return overdueAt;
    }

    Long getEscalationId() {
        return escalationId;
    }

    Trigger getEscalationTrigger() {
        return escalationTrigger;
    }

    Instant getEscalatedAt() {
        return escalatedAt;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getEndedAt() {
        return endedAt;
    }
}
