package nl.veiligheidshuis.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A data-subject request (AVG art. 15-17) received at the region's one contact point; one record for all partners.
 * Holds no name, date of birth or corrected value: the person is named by the id of their row at receipt.
 */
@Entity
@Table(name = "vh_subject_request")
public class SubjectRequest {

    /** What the person asks for. */
    public enum Kind {
        ACCESS,
        CORRECTION,
        ERASURE
    }

    /** How the request came in. */
    public enum Channel {
        LETTER,
        EMAIL,
        DESK,
        PHONE,
        PARTNER
    }

    /** Process direction's decision on the request. */
    public enum Decision {
        GRANT,
        REFUSE
    }

    /** What was done. */
    public enum Outcome {
        /** Access: the export was made and sent. */
        EXPORT_PROVIDED,
        /** Access: nothing is held on the person in the region. */
        NO_DATA_HELD,
        CORRECTED,
        ERASED,
        /** Erased in the closed cases; kept in active cases, with the reason. */
        PARTIALLY_ERASED,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_number")
    private String requestNumber;

    @Column(name = "region_id", nullable = false, updatable = false)
    private String regionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "person_found", nullable = false)
    private boolean personFound;

    @Column(name = "case_count", nullable = false)
    private int caseCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Column(name = "legal_ground")
    private String legalGround;

    @Column(name = "refusal_reason")
    private String refusalReason;

    @Column(name = "correction_field")
    private String correctionField;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "outcome_detail")
    private String outcomeDetail;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected SubjectRequest() {
    }

    SubjectRequest(String regionId, Kind kind, Long subjectId, int caseCount, Channel channel, LocalDate receivedOn, Instant dueAt,
            String registeredBy, Instant registeredAt) {
        this.regionId = regionId;
        this.kind = kind;
        this.subjectId = subjectId;
        this.personFound = subjectId != null;
        this.caseCount = caseCount;
        this.channel = channel;
        this.receivedOn = receivedOn;
        this.dueAt = dueAt;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    void number(String requestNumber) {
        this.requestNumber = requestNumber;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void decide(Decision decision, String legalGround, String refusalReason, String correctionField, Outcome outcome, String outcomeDetail,
            String decidedBy, Instant decidedAt) {
        this.decision = decision;
        this.legalGround = legalGround;
        this.refusalReason = refusalReason;
        this.correctionField = correctionField;
        this.outcome = outcome;
        this.outcomeDetail = outcomeDetail;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public boolean isDecided() {
        return outcome != null;
    }

    public Long getId() {
        return id;
    }

    public String getRequestNumber() {
        return requestNumber;
    }

    public String getRegionId() {
        return regionId;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public boolean isPersonFound() {
        return personFound;
    }

    public int getCaseCount() {
        return caseCount;
    }

    public Channel getChannel() {
        return channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getLegalGround() {
        return legalGround;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public String getCorrectionField() {
        return correctionField;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getOutcomeDetail() {
        return outcomeDetail;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
