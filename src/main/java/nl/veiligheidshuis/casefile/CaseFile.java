package nl.veiligheidshuis.casefile;

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

/** A case of the Veiligheidshuis: person, family system or area, in one region. */
@Entity
@Table(name = "vh_case")
public class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(name = "region_id", nullable = false, updatable = false)
    private String regionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false)
    private CaseType caseType;

    @Column(nullable = false)
    private String route;

    @Column(name = "referring_partner", nullable = false)
    private String referringPartner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CasePhase phase;

    private String priority;

    @Column(name = "complexity_outcome")
    private String complexityOutcome;

    @Column(name = "referral_advice")
    private String referralAdvice;

    @Column(name = "complexity_rationale")
    private String complexityRationale;

    @Column(name = "screening_due")
    private Instant screeningDue;

    @Column(name = "screening_decision")
    private String screeningDecision;

    @Column(name = "screening_override_reason")
    private String screeningOverrideReason;

    @Column(name = "chosen_referral_advice")
    private String chosenReferralAdvice;

    @Column(name = "area_name")
    private String areaName;

    @Column(name = "area_municipality")
    private String areaMunicipality;

    @Column(name = "area_theme")
    private String areaTheme;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "other_region_hit")
    private String otherRegionHit;

    @Column(name = "close_reason")
    private String closeReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected CaseFile() {
    }

    public CaseFile(String caseNumber, String regionId, CaseType caseType, String route, String referringPartner, Instant createdAt) {
        this.caseNumber = caseNumber;
        this.regionId = regionId;
        this.caseType = caseType;
        this.route = route;
        this.referringPartner = referringPartner;
        this.createdAt = createdAt;
        this.status = CaseStatus.REGISTERED;
        this.phase = CasePhase.INTAKE;
    }

    public void describeArea(String name, String municipality, String theme) {
        this.areaName = name;
        this.areaMunicipality = municipality;
        this.areaTheme = theme;
    }

    public void recordTriage(String complexityOutcome, String referralAdvice, String rationale, String priority, Instant screeningDue) {
        this.complexityOutcome = complexityOutcome;
        this.referralAdvice = referralAdvice;
        this.complexityRationale = rationale;
        this.priority = priority;
        this.screeningDue = screeningDue;
        this.phase = CasePhase.SCREENING;
    }

    public void recordScreeningDecision(String decision, String overrideReason, String chosenAdvice) {
        this.screeningDecision = decision;
        this.screeningOverrideReason = overrideReason;
        this.chosenReferralAdvice = chosenAdvice;
    }

    public void accept() {
        this.status = CaseStatus.ACCEPTED;
        this.phase = CasePhase.CONFERENCE;
    }

    public void close(CaseStatus closedStatus, String reason, Instant at) {
        this.status = closedStatus;
        this.phase = CasePhase.CLOSED;
        this.closeReason = reason;
        this.closedAt = at;
    }

    /** Reopened after aftercare: same case number, history kept; the close reason stays in the access log. */
    public void reopen() {
        this.status = CaseStatus.ACCEPTED;
        this.phase = CasePhase.CONFERENCE;
        this.closeReason = null;
        this.closedAt = null;
    }

    public void enterPhase(CasePhase next) {
        this.phase = next;
    }

    public boolean isActive() {
        return status.isActive();
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void noteOtherRegionHit(String regionId) {
        this.otherRegionHit = regionId;
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getRegionId() {
        return regionId;
    }

    public CaseType getCaseType() {
        return caseType;
    }

    public String getRoute() {
        return route;
    }

    public String getReferringPartner() {
        return referringPartner;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public CasePhase getPhase() {
        return phase;
    }

    public String getPriority() {
        return priority;
    }

    public String getComplexityOutcome() {
        return complexityOutcome;
    }

    public String getReferralAdvice() {
        return referralAdvice;
    }

    public String getComplexityRationale() {
        return complexityRationale;
    }

    public Instant getScreeningDue() {
        return screeningDue;
    }

    public String getScreeningDecision() {
        return screeningDecision;
    }

    public String getScreeningOverrideReason() {
        return screeningOverrideReason;
    }

    public String getChosenReferralAdvice() {
        return chosenReferralAdvice;
    }

    public String getAreaName() {
        return areaName;
    }

    public String getAreaMunicipality() {
        return areaMunicipality;
    }

    public String getAreaTheme() {
        return areaTheme;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getOtherRegionHit() {
        return otherRegionHit;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
