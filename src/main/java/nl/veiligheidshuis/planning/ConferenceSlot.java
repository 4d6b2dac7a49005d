package nl.veiligheidshuis.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** One conference meeting (casusoverleg) of the week's planning: its number and the partners it needs. */
@Entity
@Table(name = "vh_conference_slot")
class ConferenceSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;

    @Column(name = "region_id", nullable = false, updatable = false)
    private String regionId;

    @Column(name = "iso_week", nullable = false, updatable = false)
    private String week;

    @Column(name = "slot_number", nullable = false, updatable = false)
    private int slotNumber;

    @Column(name = "partner_groups", nullable = false, updatable = false)
    private String partnerGroups;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    protected ConferenceSlot() {
    }

    ConferenceSlot(ConferencePlan plan, int slotNumber, Collection<String> partnerGroups) {
        this.planId = plan.getId();
        this.regionId = plan.getRegionId();
        this.week = plan.getWeek();
        this.slotNumber = slotNumber;
        this.partnerGroups = String.join(",", partnerGroups);
        this.status = PlanStatus.PROPOSED;
    }

    void confirm() {
        this.status = PlanStatus.CONFIRMED;
    }

    Long getId() {
        return id;
    }

    int getSlotNumber() {
        return slotNumber;
    }

    List<String> getPartnerGroups() {
        return partnerGroups.isEmpty() ? List.of() : Arrays.asList(partnerGroups.split(","));
    }

    PlanStatus getStatus() {
        return status;
    }
}
