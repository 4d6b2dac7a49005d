package nl.veiligheidshuis.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One read or change of case data (NEN 7513 spirit). Append-only: never updated, never deleted. */
@Entity
@Immutable
@Table(name = "vh_access_log")
public class AccessLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "user_id", nullable = false)
    private String userId;

    private String organisation;

    @Column(name = "case_number")
    private String caseNumber;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String channel;

    @Column(nullable = false)
    private String purpose;

    protected AccessLogEntry() {
    }

    AccessLogEntry(Instant occurredAt, String userId, String organisation, String caseNumber, Long subjectId, AccessAction action,
            String channel, String purpose) {
        this.occurredAt = occurredAt;
        this.userId = userId;
        this.organisation = organisation;
        this.caseNumber = caseNumber;
        this.subjectId = subjectId;
        this.action = action.name();
        this.channel = channel;
        this.purpose = purpose;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUserId() {
        return userId;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getChannel() {
        return channel;
    }

    public String getPurpose() {
        return purpose;
    }
}
