package nl.veiligheidshuis.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One escalation: who escalated what, when and why, and where it stands (vh_escalation). */
@Entity
@Table(name = "vh_escalation")
public class Escalation {

    static final String REFERENCE_PREFIX = "ESC-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_id", nullable = false, updatable = false)
    private String regionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EscalationKind kind;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "case_number", updatable = false)
    private String caseNumber;

    @Column(name = "agreement_ref", updatable = false)
    private String agreementRef;

    @Column(name = "open_agreement_key")
    private String openAgreementKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Reason reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_level", nullable = false, updatable = false)
    private Level startLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "at_level", nullable = false)
    private Level atLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "highest_level", nullable = false)
    private Level highestLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EscalationStatus status;

    @Column(name = "escalating_partner", nullable = false, updatable = false)
    private String escalatingPartner;

    @Column(name = "escalated_by", nullable = false, updatable = false)
    private String escalatedBy;

    @Column(name = "escalated_at", nullable = false, updatable = false)
    private Instant escalatedAt;

    @Column(name = "what_happened", updatable = false)
    private String whatHappened;

    @Column(name = "what_was_tried", updatable = false)
    private String whatWasTried;

    @Column(updatable = false)
    private String description;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Why it ended without a decision of its own: its case closed. */
    @Column(name = "close_reason")
    private String closeReason;

    @Version
    private long version;

    protected Escalation() {
    }

    private Escalation(String regionId, EscalationKind kind, Reason reason, Level startLevel, String escalatingPartner, String escalatedBy,
            Instant escalatedAt) {
        this.regionId = regionId;
        this.kind = kind;
        this.reason = reason;
        this.startLevel = startLevel;
        this.atLevel = startLevel;
        this.highestLevel = startLevel;
        this.status = EscalationStatus.OPEN;
        this.escalatingPartner = escalatingPartner;
        this.escalatedBy = escalatedBy;
        this.escalatedAt = escalatedAt;
    }

    /** Raised in a case by a professional, or by the application for an unkept agreement. */
    static Escalation ofCase(String regionId, Long caseId, String caseNumber, Reason reason, String escalatingPartner,
            String escalatedBy, Instant at, String whatHappened, String whatWasTried) {
        Escalation escalation = new Escalation(regionId, EscalationKind.CASE, reason, Level.OPERATIONAL, escalatingPartner, escalatedBy, at);
        escalation.caseId = caseId;
        escalation.caseNumber = caseNumber;
        escalation.whatHappened = whatHappened;
        escalation.whatWasTried = whatWasTried;
        return escalation;
    }

    static Escalation ofAgreement(String regionId, Long caseId, String caseNumber, String agreementRef, String escalatingPartner,
            Instant at, String whatHappened) {
        Escalation escalation = ofCase(regionId, caseId, caseNumber, Reason.AGREEMENT_NOT_HONOURED, escalatingPartner, "system", at,
                whatHappened, null);
        escalation.agreementRef = agreementRef;
        escalation.openAgreementKey = agreementKey(caseId, agreementRef);
        return escalation;
    }

    /** A structural bottleneck raised by the VH manager at tactical or strategic level. */
    static Escalation structural(String regionId, Level level, Reason reason, String escalatingPartner, String escalatedBy, Instant at,
            String description) {
        Escalation escalation = new Escalation(regionId, EscalationKind.STRUCTURAL, reason, level, escalatingPartner, escalatedBy, at);
        escalation.description = description;
        return escalation;
    }

    static String agreementKey(Long caseId, String agreementRef) {
        return caseId + ":" + agreementRef;
    }

    /** {@code ESC-<region>-<id>}: no personal data, usable at national level. */
    public String reference() {
        return REFERENCE_PREFIX + regionId + "-" + id;
    }

    /** The business key of its process: the case number, or the reference of a structural escalation. */
    public String businessKey() {
        return kind == EscalationKind.CASE ? caseNumber : reference();
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void moveTo(Level level) {
        this.atLevel = level;
        if (level.compareTo(highestLevel) > 0) {
            this.highestLevel = level;
        }
    }

    void close(EscalationStatus status, Instant at) {
        this.status = status;
        this.closedAt = at;
        this.openAgreementKey = null;
    }

    /** Its case closed while it was open: final status CASE_CLOSED with the reason. */
    void endWithCase(Instant at, String reason) {
        close(EscalationStatus.CASE_CLOSED, at);
        this.closeReason = reason;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public boolean isOpen() {
        return status == EscalationStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public String getRegionId() {
        return regionId;
    }

    public EscalationKind getKind() {
        return kind;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getAgreementRef() {
        return agreementRef;
    }

    public Reason getReason() {
        return reason;
    }

    public Level getStartLevel() {
        return startLevel;
    }

    public Level getAtLevel() {
        return atLevel;
    }

    public Level getHighestLevel() {
        return highestLevel;
    }

    public EscalationStatus getStatus() {
        return status;
    }

    public String getEscalatingPartner() {
        return escalatingPartner;
    }

    public String getEscalatedBy() {
        return escalatedBy;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public String getWhatWasTried() {
        return whatWasTried;
    }

    public String getDescription() {
        return description;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
