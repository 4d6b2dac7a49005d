package nl.veiligheidshuis.plan;

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
 * A family member at risk that the case director named in a plan version (§3.3, §4.3): taken into this case as a
 * subject, or referred as an own, linked preventive case. The personal fields of a referral wait here only until
 * it is registered; then the new case holds them and they are cleared here.
 */
@Entity
@Table(name = "vh_plan_family_member")
public class FamilyMember {

    /** How the family member is approached. */
    public enum Approach {
        OWN_CASE,
        IN_PLAN
    }

    /** Whether the approach has been carried out. */
    public enum Status {
        PENDING,
        REGISTERED,
        ADDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Approach approach;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "linked_case_id")
    private Long linkedCaseId;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    private String relation;

    @Column(name = "referral_reason")
    private String referralReason;

    /** Comma-separated life domain codes. */
    @Column(name = "life_domains")
    private String lifeDomains;

    @Column(name = "criteria_json")
    private String criteriaJson;

    @Column(name = "subject_informed")
    private Boolean subjectInformed;

    @Column(name = "not_informed_reason")
    private String notInformedReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "registered_at")
    private Instant registeredAt;

    protected FamilyMember() {
    }

    /** Added to this case as a subject right away. */
    static FamilyMember addedToPlan(Long planId, Long subjectId, Instant at) {
        FamilyMember member = new FamilyMember();
        member.planId = planId;
        member.approach = Approach.IN_PLAN;
        member.status = Status.ADDED;
        member.subjectId = subjectId;
        member.createdAt = at;
        return member;
    }

    /** To be referred as an own preventive case by the next step of the process. */
    static FamilyMember pendingReferral(Long planId, FamilyMemberInput input, String criteriaJson, Instant at) {
        FamilyMember member = new FamilyMember();
        member.planId = planId;
        member.approach = Approach.OWN_CASE;
        member.status = Status.PENDING;
        member.givenName = input.givenName();
        member.familyName = input.familyName();
        member.dateOfBirth = input.dateOfBirth();
        member.relation = input.relation();
        member.referralReason = input.reason();
        member.lifeDomains = String.join(",", input.lifeDomains());
        member.criteriaJson = criteriaJson;
        member.subjectInformed = input.informed();
        member.notInformedReason = input.notInformedReason();
        member.createdAt = at;
        return member;
    }

    /** The preventive case exists (or the referral joined one): the personal fields leave this table. */
    void registered(Long caseId, Instant at) {
        status = Status.REGISTERED;
        linkedCaseId = caseId;
        registeredAt = at;
        givenName = null;
        familyName = null;
        dateOfBirth = null;
        relation = null;
        referralReason = null;
        lifeDomains = null;
        criteriaJson = null;
        subjectInformed = null;
        notInformedReason = null;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public Approach getApproach() {
        return approach;
    }

    public Status getStatus() {
        return status;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Long getLinkedCaseId() {
        return linkedCaseId;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getRelation() {
        return relation;
    }

    public String getReferralReason() {
        return referralReason;
    }

    public String getLifeDomains() {
        return lifeDomains;
    }

    public String getCriteriaJson() {
        return criteriaJson;
    }

    public Boolean getSubjectInformed() {
        return subjectInformed;
    }

    public String getNotInformedReason() {
        return notInformedReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
