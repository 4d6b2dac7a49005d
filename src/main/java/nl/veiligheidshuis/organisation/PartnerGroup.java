package nl.veiligheidshuis.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner or governance group; its id is the Camunda group id (design.md). */
@Entity
@Table(name = "vh_partner_group")
public class PartnerGroup {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Ring ring;

    @Enumerated(EnumType.STRING)
    private Chain chain;

    /** False only for the national meeting, which belongs to no region. */
    @Column(name = "has_tenant", nullable = false)
    private boolean hasTenant;

    protected PartnerGroup() {
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Ring getRing() {
        return ring;
    }

    public Chain getChain() {
        return chain;
    }

    public boolean hasTenant() {
        return hasTenant;
    }

    /** Partners that can refer and take part in cases: key partners and the flexible shell. */
    public boolean isChainPartner() {
        return ring == Ring.KEY_PARTNER || ring == Ring.FLEXIBLE_SHELL;
    }
}
