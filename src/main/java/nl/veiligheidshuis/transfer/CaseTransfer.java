package nl.veiligheidshuis.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One request to hand a case over to another region (§5.2): from the origin region's process direction to the
 * target region's. Holds references only (case numbers, regions, users), never the people of the case.
 */
@Entity
@Table(name = "vh_case_transfer")
public class CaseTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "origin_case_id", nullable = false, updatable = false)
    private Long originCaseId;

    @Column(name = "origin_case_number", nullable = false, updatable = false)
    private String originCaseNumber;

    @Column(name = "origin_region", nullable = false, updatable = false)
    private String originRegion;

    @Column(name = "target_region", nullable = false, updatable = false)
    private String targetRegion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransferStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "new_case_number")
    private String newCaseNumber;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected CaseTransfer() {
    }

    public CaseTransfer(Long originCaseId, String originCaseNumber, String originRegion, String targetRegion, String requestedBy,
            Instant requestedAt) {
        this.originCaseId = originCaseId;
        this.originCaseNumber = originCaseNumber;
        this.originRegion = originRegion;
        this.targetRegion = targetRegion;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = TransferStatus.REQUESTED;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void accept(String newCaseNumber, String by, Instant at) {
        decide(TransferStatus.ACCEPTED, by, at);
        this.newCaseNumber = newCaseNumber;
    }

    void decline(String reason, String by, Instant at) {
        decide(TransferStatus.DECLINED, by, at);
        this.declineReason = reason;
    }

    void expire(Instant at) {
        decide(TransferStatus.EXPIRED, null, at);
    }

    private void decide(TransferStatus outcome, String by, Instant at) {
        if (!status.isOpen()) {
            throw new IllegalStateException("Transfer " + id + " is already " + status);
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getOriginCaseId() {
        return originCaseId;
    }

    public String getOriginCaseNumber() {
        return originCaseNumber;
    }

    public String getOriginRegion() {
        return originRegion;
    }

    public String getTargetRegion() {
        return targetRegion;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public String getNewCaseNumber() {
        return newCaseNumber;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
