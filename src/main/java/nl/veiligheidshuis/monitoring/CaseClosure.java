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
import java.util.Arrays;
import java.util.List;

/** A closing (afschalen) of a case with its reason, summary, informed partners and the aftercare check after it. */
@Entity
@Table(name = "vh_case_closure")
class CaseClosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "plan_version", nullable = false, updatable = false)
    private int planVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CloseReason reason;

    @Column(name = "target_region", updatable = false)
    private String targetRegion;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "informed_partners")
    private String informedPartners;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "aftercare_decision")
    private AftercareDecision aftercareDecision;

    @Column(name = "aftercare_note")
    private String aftercareNote;

    @Column(name = "aftercare_by")
    private String aftercareBy;

    @Column(name = "aftercare_at")
    private Instant aftercareAt;

    protected CaseClosure() {
    }

    CaseClosure(Long caseId, int planVersion, CloseReason reason, String targetRegion, String summary, String decidedBy, Instant decidedAt) {
        this.caseId = caseId;
        this.planVersion = planVersion;
        this.reason = reason;
        this.targetRegion = targetRegion;
        this.summary = summary;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    void informed(List<String> partners) {
        this.informedPartners = String.join(",", partners);
    }

    void closed(Instant at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    void aftercare(AftercareDecision decision, String note, String by, Instant at) {
        this.aftercareDecision = decision;
        this.aftercareNote = note;
        this.aftercareBy = by;
        this.aftercareAt = at;
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

    CloseReason getReason() {
        return reason;
    }

    String getTargetRegion() {
        return targetRegion;
    }

    String getSummary() {
        return summary;
    }

    List<String> getInformedPartners() {
        return informedPartners == null || informedPartners.isEmpty() ? List.of() : Arrays.asList(informedPartners.split(","));
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    AftercareDecision getAftercareDecision() {
        return aftercareDecision;
    }

    String getAftercareNote() {
        return aftercareNote;
    }

    String getAftercareBy() {
        return aftercareBy;
    }
}
