package nl.veiligheidshuis.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A location's part of its region's share, as the steering group decided it. */
@Entity
@Table(name = "vh_funding_location_share")
class FundingLocationShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;

    @Column(name = "region_id", nullable = false, updatable = false)
    private String regionId;

    @Column(name = "location_name", nullable = false, updatable = false)
    private String locationName;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    private long amountCents;

    protected FundingLocationShare() {
    }

    FundingLocationShare(Long roundId, String regionId, String locationName, long amountCents) {
        this.roundId = roundId;
        this.regionId = regionId;
        this.locationName = locationName;
        this.amountCents = amountCents;
    }

    String getRegionId() {
        return regionId;
    }

    String getLocationName() {
        return locationName;
    }

    long getAmountCents() {
        return amountCents;
    }
}
