package nl.veiligheidshuis.conference;

/** Where a partner's preparation of the conference stands. */
public enum PreparationStatus {
    /** Proposed but dropped by process direction, or never selected. */
    NOT_INVITED("Niet uitgenodigd"),
    PENDING("Nog niet voorbereid"),
    PREPARED("Voorbereid"),
    /** No preparation before the deadline: recorded as absent, the conference goes on. */
    ABSENT("Niet voorbereid (termijn verstreken)");

    private final String label;

    PreparationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
