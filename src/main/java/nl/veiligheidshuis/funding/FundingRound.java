package nl.veiligheidshuis.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One year's national contribution: the total, the weights, and who decided the split over the regions. */
@Entity
@Table(name = "vh_funding_round")
class FundingRound {

    static final String PROPOSED = "PROPOSED";
    static final String DECIDED = "DECIDED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "funding_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "total_cents", nullable = false)
    private long totalCents;

    @Column(name = "weights")
    private String weights;

    @Column(nullable = false)
    private String status;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Version
    private long version;

    protected FundingRound() {
    }

    FundingRound(int year, long totalCents, String weights, String createdBy, Instant createdAt) {
        this.year = year;
        this.totalCents = totalCents;
        this.weights = weights;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = PROPOSED;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void decide(long totalCents, String weights, String by, Instant at) {
        this.totalCents = totalCents;
        this.weights = weights;
        this.status = DECIDED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    Long getId() {
        return id;
    }

    int getYear() {
        return year;
    }

    long getTotalCents() {
        return totalCents;
    }

    String getWeights() {
        return weights;
    }

    String getStatus() {
        return status;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecidedBy() {
        return decidedBy;
    }
}
