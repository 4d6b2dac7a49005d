package nl.veiligheidshuis.casefile;

/** Where a case stands; the closed statuses keep the case findable with its reason. */
public enum CaseStatus {
    REGISTERED(true),
    ACCEPTED(true),
    REFUSED_NOT_COMPLEX(false),
    CLOSED_INCOMPLETE(false),
    WITHDRAWN(false),
    CLOSED(false);

    private final boolean active;

    CaseStatus(boolean active) {
        this.active = active;
    }

    public boolean isActive() {
        return active;
    }
}
