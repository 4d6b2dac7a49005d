package nl.veiligheidshuis.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case discussed in a slot, with its place in the slot's order (most urgent first). */
@Entity
@Table(name = "vh_conference_slot_case")
class ConferenceSlotCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slot_id", nullable = false, updatable = false)
    private Long slotId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(name = "rank_in_slot", nullable = false, updatable = false)
    private int rankInSlot;

    @Column(updatable = false)
    private String priority;

    protected ConferenceSlotCase() {
    }

    ConferenceSlotCase(Long slotId, Long caseId, String caseNumber, int rankInSlot, String priority) {
        this.slotId = slotId;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.rankInSlot = rankInSlot;
        this.priority = priority;
    }

    Long getSlotId() {
        return slotId;
    }

    String getCaseNumber() {
        return caseNumber;
    }

    int getRankInSlot() {
        return rankInSlot;
    }

    String getPriority() {
        return priority;
    }
}
