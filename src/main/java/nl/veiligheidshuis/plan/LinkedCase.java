package nl.veiligheidshuis.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Two cases linked by the system approach (§3.3): the preventive case of a family member at risk. */
@Entity
@Table(name = "vh_linked_case")
public class LinkedCase {

    /** Why the cases are linked. */
    public enum Reason {
        /** A new preventive case was opened for the family member. */
        PREVENTIVE_FAMILY_CASE,
        /** The family member was already in another active case of the region: the referral joined that case. */
        PREVENTIVE_FAMILY_JOINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "linked_case_id", nullable = false, updatable = false)
    private Long linkedCaseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Reason reason;

    @Column(name = "plan_id", updatable = false)
    private Long planId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LinkedCase() {
    }

    LinkedCase(Long caseId, Long linkedCaseId, Reason reason, Long planId, String createdBy, Instant createdAt) {
        this.caseId = caseId;
        this.linkedCaseId = linkedCaseId;
        this.reason = reason;
        this.planId = planId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getLinkedCaseId() {
        return linkedCaseId;
    }

    public Reason getReason() {
        return reason;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
