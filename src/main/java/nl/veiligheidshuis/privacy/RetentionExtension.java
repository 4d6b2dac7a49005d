package nl.veiligheidshuis.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Process direction's decision to keep a case longer than its region's term: up to and including {@code until}. */
@Entity
@Table(name = "vh_retention_extension")
public class RetentionExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(nullable = false, updatable = false)
    private LocalDate until;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected RetentionExtension() {
    }

    RetentionExtension(Long caseId, LocalDate until, String reason, String decidedBy, Instant decidedAt) {
        this.caseId = caseId;
        this.until = until;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getCaseId() {
        return caseId;
    }

    public LocalDate getUntil() {
        return until;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
