package nl.veiligheidshuis.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** What was destroyed of one case and when, without personal data: table names and row counts. */
@Entity
@Table(name = "vh_destruction_record")
public class DestructionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(name = "region_id", nullable = false, updatable = false)
    private String regionId;

    @Column(name = "closed_at", nullable = false, updatable = false)
    private Instant closedAt;

    @Column(name = "destroyed_at", nullable = false, updatable = false)
    private Instant destroyedAt;

    @Column(name = "term_years", nullable = false, updatable = false)
    private int termYears;

    @Column(name = "extended_until", updatable = false)
    private LocalDate extendedUntil;

    @Column(nullable = false, updatable = false)
    private String what;

    protected DestructionRecord() {
    }

    DestructionRecord(String caseNumber, String regionId, Instant closedAt, Instant destroyedAt, int termYears, LocalDate extendedUntil,
            String what) {
        this.caseNumber = caseNumber;
        this.regionId = regionId;
        this.closedAt = closedAt;
        this.destroyedAt = destroyedAt;
        this.termYears = termYears;
        this.extendedUntil = extendedUntil;
        this.what = what;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getRegionId() {
        return regionId;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getDestroyedAt() {
        return destroyedAt;
    }

    public int getTermYears() {
        return termYears;
    }

    public LocalDate getExtendedUntil() {
        return extendedUntil;
    }

    public String getWhat() {
        return what;
    }
}
