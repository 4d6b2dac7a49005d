package nl.veiligheidshuis.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One ranked priority of an agenda version: a theme, what the region does about it, for whom, and which partner leads. */
@Entity
@Table(name = "vh_agenda_priority")
class AgendaPriority {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agenda_id", nullable = false, updatable = false)
    private Long agendaId;

    @Column(name = "priority_rank", nullable = false)
    private int rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgendaTheme theme;

    @Column(nullable = false)
    private String description;

    @Column(name = "target_group", nullable = false)
    private String targetGroup;

    @Column(name = "lead_partner_group", nullable = false)
    private String leadPartnerGroup;

    protected AgendaPriority() {
    }

    AgendaPriority(Long agendaId, int rank, AgendaTheme theme, String description, String targetGroup, String leadPartnerGroup) {
        this.agendaId = agendaId;
        this.rank = rank;
        this.theme = theme;
        this.description = description;
        this.targetGroup = targetGroup;
        this.leadPartnerGroup = leadPartnerGroup;
    }

    Long getAgendaId() {
        return agendaId;
    }

    int getRank() {
        return rank;
    }

    AgendaTheme getTheme() {
        return theme;
    }

    String getDescription() {
        return description;
    }

    String getTargetGroup() {
        return targetGroup;
    }

    String getLeadPartnerGroup() {
        return leadPartnerGroup;
    }
}
