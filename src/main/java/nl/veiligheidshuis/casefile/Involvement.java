package nl.veiligheidshuis.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Need to know: a partner sees a case only while it is involved in it (design.md, data rules). */
@Entity
@Table(name = "vh_case_involvement")
public class Involvement {

    /** Why a partner is involved. */
    public enum Reason {
        REFERRER,
        SELECTED,
        AGREEMENT,
        ESCALATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "partner_group", nullable = false)
    private String partnerGroup;

    @Column(nullable = false)
    private String reason;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** Why the involvement ended, for the privacy officer and the subject's export: no personal data. */
    @Column(name = "end_reason")
    private String endReason;

    protected Involvement() {
    }

    public Involvement(Long caseId, String partnerGroup, Reason reason, Instant startedAt) {
        this.caseId = caseId;
        this.partnerGroup = partnerGroup;
        this.reason = reason.name();
        this.startedAt = startedAt;
    }

    static final int MAX_END_REASON = 300;

    /** Ends this involvement once: the first end and its reason stand. */
    public void end(Instant at, String why) {
        if (endedAt == null) {
            endedAt = at;
            endReason = why == null || why.length() <= MAX_END_REASON ? why : why.substring(0, MAX_END_REASON - 1) + "…";
        }
    }

    public boolean isActive() {
        return endedAt == null;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getPartnerGroup() {
        return partnerGroup;
    }

    public String getReason() {
        return reason;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }
}
