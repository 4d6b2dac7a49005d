package nl.veiligheidshuis.monitoring;

/** Why a case is closed (afschalen). The label is Dutch, for the forms, the close reason of the case and the log. */
public enum CloseReason {
    GOALS_REACHED("doelen bereikt", true),
    REGULAR_CARE("overgedragen aan reguliere zorg", true),
    /**
     * The region named as target takes over: process direction arranges it, which requests the handover
     * ({@code transfer.Transfers}, process {@code case-transfer}).
     */
    MOVED_REGION("verhuisd naar andere regio", false),
    LONG_DETENTION("langdurige detentie", true),
    /** No aftercare check after a death. */
    DECEASED("overleden", false),
    WITHDRAWN_BY_REFERRER("ingetrokken door aanmelder", true);

    private final String label;
    private final boolean aftercare;

    CloseReason(String label, boolean aftercare) {
        this.label = label;
        this.aftercare = aftercare;
    }

    public String label() {
        return label;
    }

    /** Whether the former case director checks the situation after {@code aftercareCheckAfter}. */
    public boolean needsAftercare() {
        return aftercare;
    }
}
