package nl.veiligheidshuis.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One referral of a case: the first, or a later one joined to the active case (one family, one plan). */
@Entity
@Table(name = "vh_referral")
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(nullable = false)
    private String route;

    @Column(nullable = false)
    private String channel;

    @Column(name = "referring_partner", nullable = false)
    private String referringPartner;

    @Column(name = "referring_professional", nullable = false)
    private String referringProfessional;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private String summary;

    /** Comma-separated life domain codes. */
    @Column(name = "life_domains", nullable = false)
    private String lifeDomains;

    @Column(name = "criteria_json", nullable = false)
    private String criteriaJson;

    @Column(name = "indicators_json", nullable = false)
    private String indicatorsJson;

    @Column(name = "subject_informed", nullable = false)
    private boolean subjectInformed;

    @Column(name = "subject_not_informed_reason")
    private String subjectNotInformedReason;

    @Column(name = "subject_informed_review_date")
    private LocalDate subjectInformedReviewDate;

    @Column(nullable = false)
    private boolean linked;

    @Column(name = "subject_informed_on")
    private LocalDate subjectInformedOn;

    protected Referral() {
    }

    public Referral(Long caseId, String route, String channel, String referringPartner, String referringProfessional, Instant receivedAt,
            String summary, String lifeDomains, String criteriaJson, String indicatorsJson, boolean subjectInformed,
            String subjectNotInformedReason, LocalDate subjectInformedReviewDate, boolean linked) {
        this.caseId = caseId;
        this.route = route;
        this.channel = channel;
        this.referringPartner = referringPartner;
        this.referringProfessional = referringProfessional;
        this.receivedAt = receivedAt;
        this.summary = summary;
        this.lifeDomains = lifeDomains;
        this.criteriaJson = criteriaJson;
        this.indicatorsJson = indicatorsJson;
        this.subjectInformed = subjectInformed;
        this.subjectNotInformedReason = subjectNotInformedReason;
        this.subjectInformedReviewDate = subjectInformedReviewDate;
        this.linked = linked;
    }

    /** When the referrer informed the subject (only when informed). */
    public void informedOn(LocalDate date) {
        this.subjectInformedOn = date;
    }

    public LocalDate getSubjectInformedOn() {
        return subjectInformedOn;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getRoute() {
        return route;
    }

    public String getChannel() {
        return channel;
    }

    public String getReferringPartner() {
        return referringPartner;
    }

    public String getReferringProfessional() {
        return referringProfessional;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getSummary() {
        return summary;
    }

    public String getLifeDomains() {
        return lifeDomains;
    }

    public String getCriteriaJson() {
        return criteriaJson;
    }

    public String getIndicatorsJson() {
        return indicatorsJson;
    }

    public boolean isSubjectInformed() {
        return subjectInformed;
    }

    public String getSubjectNotInformedReason() {
        return subjectNotInformedReason;
    }

    public LocalDate getSubjectInformedReviewDate() {
        return subjectInformedReviewDate;
    }

    public boolean isLinked() {
        return linked;
    }
}
