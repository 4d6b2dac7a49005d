package nl.veiligheidshuis.covenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A partner's participation in a region's covenant (design.md: a partner organisation takes part only while the
 * region's covenant lists it, with dates): from {@code joinedOn}; {@code leftOn} is the first day it no longer
 * takes part (none while it still does).
 */
@Entity
@Table(name = "vh_covenant_partner")
public class CovenantPartner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_id", nullable = false)
    private String regionId;

    @Column(name = "partner_group", nullable = false)
    private String partnerGroup;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected CovenantPartner() {
    }

    CovenantPartner(String regionId, String partnerGroup, LocalDate joinedOn, LocalDate leftOn) {
        this.regionId = regionId;
        this.partnerGroup = partnerGroup;
        this.joinedOn = joinedOn;
        this.leftOn = leftOn;
    }

    /** Takes part on this day: joined on or before it, and not left on or before it. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(joinedOn) && (leftOn == null || day.isBefore(leftOn));
    }

    public String getRegionId() {
        return regionId;
    }

    public String getPartnerGroup() {
        return partnerGroup;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
