package nl.veiligheidshuis.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * An agreement of a plan version: a partner does something for a member of the family on a life domain, by a date.
 * Its {@code agreementKey} stays the same in later versions while it is the same agreement (monitoring follows it).
 */
@Entity
@Table(name = "vh_agreement")
public class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;

    @Column(name = "agreement_key", nullable = false, updatable = false)
    private String agreementKey;

    @Column(nullable = false, updatable = false)
    private int slot;

    @Column(name = "partner_group", nullable = false, updatable = false)
    private String partnerGroup;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "for_whom", nullable = false, updatable = false)
    private String forWhom;

    @Column(name = "life_domain", nullable = false, updatable = false)
    private String lifeDomain;

    @Enumerated(EnumType.STRING)
    @Column(name = "intervention_kind", nullable = false, updatable = false)
    private InterventionKind interventionKind;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;

    protected Agreement() {
    }

    Agreement(Long planId, String agreementKey, int slot, AgreementContent content, AgreementStatus status) {
        this.planId = planId;
        this.agreementKey = agreementKey;
        this.slot = slot;
        this.partnerGroup = content.partner();
        this.description = content.description();
        this.forWhom = content.forWhom();
        this.lifeDomain = content.lifeDomain();
        this.interventionKind = content.kind();
        this.dueDate = content.dueDate();
        this.status = status;
    }

    public AgreementContent content() {
        return new AgreementContent(partnerGroup, description, forWhom, lifeDomain, interventionKind, dueDate);
    }

    public Long getPlanId() {
        return planId;
    }

    public String getAgreementKey() {
        return agreementKey;
    }

    public int getSlot() {
        return slot;
    }

    public String getPartnerGroup() {
        return partnerGroup;
    }

    public String getDescription() {
        return description;
    }

    public String getForWhom() {
        return forWhom;
    }

    public String getLifeDomain() {
        return lifeDomain;
    }

    public InterventionKind getInterventionKind() {
        return interventionKind;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    /** How its partner reported it (plan monitoring). */
    void record(AgreementStatus reported) {
        this.status = reported;
    }

    public AgreementStatus getStatus() {
        return status;
    }
}
