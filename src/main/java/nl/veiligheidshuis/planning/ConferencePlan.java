package nl.veiligheidshuis.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The week's conference planning of one region: one row per region and ISO week. */
@Entity
@Table(name = "vh_conference_plan")
class ConferencePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_id", nullable = false, updatable = false)
    private String regionId;

    @Column(name = "iso_week", nullable = false, updatable = false)
    private String week;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "proposal_count", nullable = false)
    private int proposalCount;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Version
    private long version;

    protected ConferencePlan() {
    }

    ConferencePlan(String regionId, PlanningWeek week, Instant createdAt) {
        this.regionId = regionId;
        this.week = week.toString();
        this.createdAt = createdAt;
        this.status = PlanStatus.PROPOSED;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void proposed(Instant at) {
        this.status = PlanStatus.PROPOSED;
        this.proposedAt = at;
        this.proposalCount++;
        this.confirmedAt = null;
        this.confirmedBy = null;
    }

    void confirm(String by, Instant at) {
        this.status = PlanStatus.CONFIRMED;
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    Long getId() {
        return id;
    }

    String getRegionId() {
        return regionId;
    }

    String getWeek() {
        return week;
    }

    PlanStatus getStatus() {
        return status;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    Instant getProposedAt() {
        return proposedAt;
    }

    int getProposalCount() {
        return proposalCount;
    }

    Instant getConfirmedAt() {
        return confirmedAt;
    }

    String getConfirmedBy() {
        return confirmedBy;
    }
}
