package nl.veiligheidshuis.plan;

/** The kind of intervention an agreement is (§3.2: criminal-law, administrative and care interventions together). */
public enum InterventionKind {
    CRIMINAL_LAW("Strafrechtelijk"),
    ADMINISTRATIVE("Bestuurlijk"),
    CARE("Zorg");

    private final String label;

    InterventionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
