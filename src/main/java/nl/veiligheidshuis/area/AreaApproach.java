package nl.veiligheidshuis.area;

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
 * The area approach of one AREA case (§3.1): the analysis of the area- or theme-bound problem, the advice to the local
 * administration (the municipality of the area) and its response, or the joint approach, the follow-up date and the
 * effect. Professional texts about an area or theme, never about individual people. A new analysis round overwrites
 * the texts of the previous round (the access log keeps who changed what and when).
 */
@Entity
@Table(name = "vh_area_approach")
public class AreaApproach {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(nullable = false, updatable = false)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AreaApproachStatus status;

    @Column(name = "analysis_round", nullable = false)
    private int analysisRound;

    @Column(name = "analysis_summary")
    private String analysisSummary;

    @Enumerated(EnumType.STRING)
    @Column(name = "approach_type")
    private ApproachType approachType;

    @Column(name = "advice_text")
    private String adviceText;

    @Column(name = "joint_agreements")
    private String jointAgreements;

    @Column(name = "addressed_administrator")
    private String addressedAdministrator;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "administrator_response")
    private AdministratorResponse administratorResponse;

    @Column(name = "response_note")
    private String responseNote;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "follow_up_date")
    private LocalDate followUpDate;

    @Column(name = "effect_note")
    private String effectNote;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected AreaApproach() {
    }

    public AreaApproach(Long caseId, String caseNumber, String region, String addressedAdministrator, String startedBy, Instant startedAt) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.region = region;
        this.addressedAdministrator = addressedAdministrator;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.status = AreaApproachStatus.ANALYSIS;
        this.analysisRound = 1;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void recordAnalysis(String summary, ApproachType type) {
        requireStatus(AreaApproachStatus.ANALYSIS);
        this.analysisSummary = summary;
        this.approachType = type;
        this.status = type == ApproachType.ADVICE_TO_ADMINISTRATION ? AreaApproachStatus.ADVICE : AreaApproachStatus.JOINT_APPROACH;
    }

    void sendAdvice(String text, Instant at) {
        requireStatus(AreaApproachStatus.ADVICE);
        this.adviceText = text;
        this.sentAt = at;
        this.status = AreaApproachStatus.AWAITING_RESPONSE;
    }

    void recordResponse(AdministratorResponse response, String note, LocalDate followUp, Instant at) {
        requireStatus(AreaApproachStatus.AWAITING_RESPONSE);
        this.administratorResponse = response;
        this.responseNote = note;
        this.respondedAt = at;
        this.followUpDate = followUp;
        this.status = AreaApproachStatus.FOLLOW_UP;
    }

    void agreeJointApproach(String agreements, LocalDate followUp) {
        requireStatus(AreaApproachStatus.JOINT_APPROACH);
        this.jointAgreements = agreements;
        this.followUpDate = followUp;
        this.status = AreaApproachStatus.FOLLOW_UP;
    }

    /** The case closed while the approach ran: it ends without its remaining steps. */
    void endForClosedCase(Instant at) {
        this.status = AreaApproachStatus.CASE_CLOSED;
        this.completedAt = at;
    }

    void recordEffect(EffectOutcome outcome, String note, Instant at) {
        requireStatus(AreaApproachStatus.FOLLOW_UP);
        this.effectNote = note;
        if (outcome == EffectOutcome.DONE) {
            this.status = AreaApproachStatus.COMPLETED;
            this.completedAt = at;
        } else {
            this.status = AreaApproachStatus.ANALYSIS;
            this.analysisRound++;
        }
    }

    private void requireStatus(AreaApproachStatus expected) {
        if (status != expected) {
            throw new AreaApproachConflictException("De gebiedsaanpak staat op " + status + ", niet op " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getRegion() {
        return region;
    }

    public AreaApproachStatus getStatus() {
        return status;
    }

    public int getAnalysisRound() {
        return analysisRound;
    }

    public String getAnalysisSummary() {
        return analysisSummary;
    }

    public ApproachType getApproachType() {
        return approachType;
    }

    public String getAdviceText() {
        return adviceText;
    }

    public String getJointAgreements() {
        return jointAgreements;
    }

    public String getAddressedAdministrator() {
        return addressedAdministrator;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public AdministratorResponse getAdministratorResponse() {
        return administratorResponse;
    }

    public String getResponseNote() {
        return responseNote;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public String getEffectNote() {
        return effectNote;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
