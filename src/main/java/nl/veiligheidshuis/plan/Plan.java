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

/** One version of a case's integral plan of approach (§3.2). */
@Entity
@Table(name = "vh_plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    /** The plan's overall goal. */
    @Column(nullable = false)
    private String goals;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "fixed_at")
    private Instant fixedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected Plan() {
    }

    Plan(Long caseId, int version, String goals, String createdBy, Instant createdAt) {
        this.caseId = caseId;
        this.version = version;
        this.goals = goals;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = PlanStatus.CONFIRMING;
    }

    void fix(Instant at) {
        status = PlanStatus.FIXED;
        fixedAt = at;
    }

    void supersede(Instant at) {
        status = PlanStatus.SUPERSEDED;
        supersededAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public int getVersion() {
        return version;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getGoals() {
        return goals;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFixedAt() {
        return fixedAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }
}
