package nl.veiligheidshuis.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner proposed for or added to a conference: why, whether it takes part, its preparation and attendance. */
@Entity
@Table(name = "vh_conference_partner")
public class ConferencePartner {

    /** How process direction changed the proposal for this partner. */
    public enum Change {
        ADDED,
        DROPPED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false, updatable = false)
    private Long conferenceId;

    @Column(name = "partner_group", nullable = false, updatable = false)
    private String partnerGroup;

    @Column(nullable = false)
    private boolean proposed;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    @Column(name = "selection_reason")
    private String selectionReason;

    @Column(nullable = false)
    private boolean selected;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    private Change changeKind;

    @Column(name = "change_reason")
    private String changeReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "preparation_status", nullable = false)
    private PreparationStatus preparationStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis")
    private LegalBasis legalBasis;

    @Column(name = "attendee_name")
    private String attendeeName;

    @Column(name = "attendee_function")
    private String attendeeFunction;

    @Column(name = "attendee_has_mandate")
    private Boolean attendeeHasMandate;

    @Column(name = "prepared_by")
    private String preparedBy;

    @Column(name = "prepared_at")
    private Instant preparedAt;

    private Boolean present;

    @Column(name = "present_with_mandate")
    private Boolean presentWithMandate;

    protected ConferencePartner() {
    }

    /** Proposed by partner-selection; takes part unless process direction drops it. */
    static ConferencePartner proposed(Long conferenceId, PartnerProposal.Entry entry) {
        ConferencePartner partner = new ConferencePartner(conferenceId, entry.partner(), true);
        partner.attendance = entry.attendance();
        partner.selectionReason = entry.reasonText();
        return partner;
    }

    /** Added by process direction: the flexible shell joins only when asked. */
    static ConferencePartner added(Long conferenceId, String partnerGroup, String reason) {
        ConferencePartner partner = new ConferencePartner(conferenceId, partnerGroup, false);
        partner.changeKind = Change.ADDED;
        partner.changeReason = reason;
        return partner;
    }

    private ConferencePartner(Long conferenceId, String partnerGroup, boolean proposed) {
        this.conferenceId = conferenceId;
        this.partnerGroup = partnerGroup;
        this.proposed = proposed;
        this.selected = false;
        this.preparationStatus = PreparationStatus.NOT_INVITED;
    }

    void drop(String reason) {
        this.changeKind = Change.DROPPED;
        this.changeReason = reason;
        this.selected = false;
        this.preparationStatus = PreparationStatus.NOT_INVITED;
    }

    void select() {
        this.selected = true;
        this.preparationStatus = PreparationStatus.PENDING;
    }

    void prepared(Preparation preparation, String by, Instant at) {
        requirePending();
        this.legalBasis = preparation.legalBasis();
        this.attendeeName = preparation.attendeeName();
        this.attendeeFunction = preparation.attendeeFunction();
        this.attendeeHasMandate = preparation.attendeeHasMandate();
        this.preparedBy = by;
        this.preparedAt = at;
        this.preparationStatus = PreparationStatus.PREPARED;
    }

    void notPrepared() {
        requirePending();
        this.preparationStatus = PreparationStatus.ABSENT;
    }

    void attended(boolean present, boolean withMandate) {
        this.present = present;
        this.presentWithMandate = withMandate;
    }

    private void requirePending() {
        if (preparationStatus != PreparationStatus.PENDING) {
            throw new IllegalStateException("Preparation of " + partnerGroup + " in conference " + conferenceId + " is " + preparationStatus);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getConferenceId() {
        return conferenceId;
    }

    public String getPartnerGroup() {
        return partnerGroup;
    }

    public boolean isProposed() {
        return proposed;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public String getSelectionReason() {
        return selectionReason;
    }

    public boolean isSelected() {
        return selected;
    }

    public Change getChangeKind() {
        return changeKind;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public PreparationStatus getPreparationStatus() {
        return preparationStatus;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public String getAttendeeName() {
        return attendeeName;
    }

    public String getAttendeeFunction() {
        return attendeeFunction;
    }

    public Boolean getAttendeeHasMandate() {
        return attendeeHasMandate;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public Boolean getPresent() {
        return present;
    }

    public Boolean getPresentWithMandate() {
        return presentWithMandate;
    }
}
