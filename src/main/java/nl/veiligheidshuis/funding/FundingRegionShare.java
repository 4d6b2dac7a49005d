package nl.veiligheidshuis.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A region's share of a year's contribution, paid to its seat municipality; DECIDED once split over its locations. */
@Entity
@Table(name = "vh_funding_region_share")
class FundingRegionShare {

    static final String OPEN = "OPEN";
    static final String DECIDED = "DECIDED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;

    @Column(name = "region_id", nullable = false, updatable = false)
    private String regionId;

    @Column(name = "seat_municipality", nullable = false, updatable = false)
    private String seatMunicipality;

    @Column(nullable = false, updatable = false)
    private int weight;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    private long amountCents;

    @Column(nullable = false)
    private String status;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Version
    private long version;

    protected FundingRegionShare() {
    }

    FundingRegionShare(Long roundId, String regionId, String seatMunicipality, int weight, long amountCents) {
        this.roundId = roundId;
        this.regionId = regionId;
        this.seatMunicipality = seatMunicipality;
        this.weight = weight;
        this.amountCents = amountCents;
        this.status = OPEN;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void decide(String by, Instant at) {
        this.status = DECIDED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    Long getRoundId() {
        return roundId;
    }

    String getRegionId() {
        return regionId;
    }

    String getSeatMunicipality() {
        return seatMunicipality;
    }

    int getWeight() {
        return weight;
    }

    long getAmountCents() {
        return amountCents;
    }

    String getStatus() {
        return status;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecidedBy() {
        return decidedBy;
    }
}
