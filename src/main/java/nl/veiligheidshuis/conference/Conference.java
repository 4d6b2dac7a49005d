package nl.veiligheidshuis.conference;

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

/** One case conference of a case: planning, record and case director (§5.5.3, §5.4). */
@Entity
@Table(name = "vh_conference")
public class Conference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "process_instance_id", nullable = false, updatable = false)
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConferenceStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "participants_chosen_at")
    private Instant participantsChosenAt;

    @Column(name = "participants_chosen_by")
    private String participantsChosenBy;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Enumerated(EnumType.STRING)
    private ConferenceMode mode;

    private String location;

    @Column(name = "preparation_due")
    private Instant preparationDue;

    @Column(name = "planned_at")
    private Instant plannedAt;

    @Column(name = "planned_by")
    private String plannedBy;

    @Column(name = "proposed_case_director")
    private String proposedCaseDirector;

    @Column(name = "case_director_rationale")
    private String caseDirectorRationale;

    @Column(name = "system_analysis")
    private String systemAnalysis;

    @Column(name = "family_members_at_risk")
    private String familyMembersAtRisk;

    private String decisions;

    @Column(name = "case_director_partner")
    private String caseDirectorPartner;

    @Column(name = "case_director_user")
    private String caseDirectorUser;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Version
    private long version;

    protected Conference() {
    }

    Conference(Long caseId, String processInstanceId, Instant createdAt) {
        this.caseId = caseId;
        this.processInstanceId = processInstanceId;
        this.createdAt = createdAt;
        this.status = ConferenceStatus.PROPOSED;
    }

    void participantsChosen(String by, Instant at) {
        this.participantsChosenBy = by;
        this.participantsChosenAt = at;
        this.status = ConferenceStatus.PARTICIPANTS_CHOSEN;
    }

    void plan(ConferenceSchedule schedule, String by, Instant at) {
        this.scheduledAt = schedule.conferenceAt();
        this.mode = schedule.mode();
        this.location = schedule.location();
        this.preparationDue = schedule.preparationDue();
        this.plannedBy = by;
        this.plannedAt = at;
        this.status = ConferenceStatus.SCHEDULED;
    }

    void proposeCaseDirector(CaseDirectorProposal.Proposal proposal) {
        this.proposedCaseDirector = proposal.partner();
        this.caseDirectorRationale = proposal.rationale();
    }

    /** Held: the case moves on to its integral plan. */
    void record(ConferenceRecord record, String by, Instant at) {
        this.systemAnalysis = record.systemAnalysis();
        this.familyMembersAtRisk = record.familyMembersAtRisk();
        this.decisions = record.decisions();
        this.caseDirectorPartner = record.caseDirectorPartner();
        this.caseDirectorUser = record.caseDirectorUser();
        this.recordedBy = by;
        this.recordedAt = at;
        this.status = ConferenceStatus.HELD;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public ConferenceStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getParticipantsChosenAt() {
        return participantsChosenAt;
    }

    public String getParticipantsChosenBy() {
        return participantsChosenBy;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public ConferenceMode getMode() {
        return mode;
    }

    public String getLocation() {
        return location;
    }

    public Instant getPreparationDue() {
        return preparationDue;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public String getPlannedBy() {
        return plannedBy;
    }

    public String getProposedCaseDirector() {
        return proposedCaseDirector;
    }

    public String getCaseDirectorRationale() {
        return caseDirectorRationale;
    }

    public String getSystemAnalysis() {
        return systemAnalysis;
    }

    public String getFamilyMembersAtRisk() {
        return familyMembersAtRisk;
    }

    public String getDecisions() {
        return decisions;
    }

    public String getCaseDirectorPartner() {
        return caseDirectorPartner;
    }

    public String getCaseDirectorUser() {
        return caseDirectorUser;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
