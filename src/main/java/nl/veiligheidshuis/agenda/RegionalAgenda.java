package nl.veiligheidshuis.agenda;

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

/** One version of a region's strategic agenda for one period. */
@Entity
@Table(name = "vh_regional_agenda")
class RegionalAgenda {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_id", nullable = false, updatable = false)
    private String regionId;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(name = "agenda_version", nullable = false, updatable = false)
    private int agendaVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgendaStatus status;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "drafted_by")
    private String draftedBy;

    @Column(name = "drafted_at")
    private Instant draftedAt;

    @Column(name = "adopted_by")
    private String adoptedBy;

    @Column(name = "adopted_at")
    private Instant adoptedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "sent_back_by")
    private String sentBackBy;

    @Column(name = "sent_back_at")
    private Instant sentBackAt;

    @Column(name = "sent_back_reason")
    private String sentBackReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected RegionalAgenda() {
    }

    RegionalAgenda(String regionId, AgendaPeriod period, int agendaVersion, String processInstanceId, Instant createdAt) {
        this.regionId = regionId;
        this.period = period.toString();
        this.agendaVersion = agendaVersion;
        this.processInstanceId = processInstanceId;
        this.createdAt = createdAt;
        this.status = AgendaStatus.DRAFT;
    }

    void drafted(String by, Instant at) {
        this.draftedBy = by;
        this.draftedAt = at;
    }

    void sentBack(String by, Instant at, String reason) {
        this.sentBackBy = by;
        this.sentBackAt = at;
        this.sentBackReason = reason;
    }

    void adopt(String by, Instant at) {
        this.status = AgendaStatus.ADOPTED;
        this.adoptedBy = by;
        this.adoptedAt = at;
    }

    void supersede(Instant at) {
        this.status = AgendaStatus.SUPERSEDED;
        this.supersededAt = at;
    }

    Long getId() {
        return id;
    }

    String getRegionId() {
        return regionId;
    }

    String getPeriod() {
        return period;
    }

    int getAgendaVersion() {
        return agendaVersion;
    }

    AgendaStatus getStatus() {
        return status;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    String getDraftedBy() {
        return draftedBy;
    }

    Instant getDraftedAt() {
        return draftedAt;
    }

    String getAdoptedBy() {
        return adoptedBy;
    }

    Instant getAdoptedAt() {
        return adoptedAt;
    }

    String getSentBackReason() {
        return sentBackReason;
    }
}
