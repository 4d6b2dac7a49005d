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

/** A partner's decision on its agreements of a plan version, with its own mandate (§5.5.2). */
@Entity
@Table(name = "vh_plan_confirmation")
public class PlanConfirmation {

    /** What the partner decided. */
    public enum Decision {
        CONFIRMED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;

    @Column(name = "partner_group", nullable = false, updatable = false)
    private String partnerGroup;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Decision decision;

    @Column(updatable = false)
    private String reason;

    @Column(name = "mandate_confirmed", nullable = false, updatable = false)
    private boolean mandateConfirmed;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    /** The version where the partner gave this confirmation, when carried over to a later version unchanged. */
    @Column(name = "carried_from_version", updatable = false)
    private Integer carriedFromVersion;

    protected PlanConfirmation() {
    }

    PlanConfirmation(Long planId, String partnerGroup, Decision decision, String reason, boolean mandateConfirmed, String decidedBy,
            Instant decidedAt, Integer carriedFromVersion) {
        this.planId = planId;
        this.partnerGroup = partnerGroup;
        this.decision = decision;
        this.reason = reason;
        this.mandateConfirmed = mandateConfirmed;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.carriedFromVersion = carriedFromVersion;
    }

    /** The same confirmation for the next version, where this partner's agreements did not change. */
    PlanConfirmation carryTo(Long nextPlanId, int fromVersion) {
        return new PlanConfirmation(nextPlanId, partnerGroup, decision, reason, mandateConfirmed, decidedBy, decidedAt,
                carriedFromVersion != null ? carriedFromVersion : fromVersion);
    }

    public Long getPlanId() {
        return planId;
    }

    public String getPartnerGroup() {
        return partnerGroup;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public boolean isMandateConfirmed() {
        return mandateConfirmed;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Integer getCarriedFromVersion() {
        return carriedFromVersion;
    }
}
