package nl.veiligheidshuis.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Veiligheidshuis region; its id is the Camunda tenant id (design.md, annex II). */
@Entity
@Table(name = "vh_region")
public class Region {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "seat_municipality", nullable = false)
    private String seatMunicipality;

    protected Region() {
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSeatMunicipality() {
        return seatMunicipality;
    }
}
