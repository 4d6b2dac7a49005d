package nl.veiligheidshuis.area;

/** Where an area approach stands; every status but {@code COMPLETED} counts as running (one per case). */
public enum AreaApproachStatus {
    /** "Gebiedsanalyse opstellen" is open (also again after a new analysis round). */
    ANALYSIS,
    /** The advice to the local administration is being drafted. */
    ADVICE,
    /** The advice was sent; the municipality records the administration's response. */
    AWAITING_RESPONSE,
    /** The joint approach with the partners is being agreed. */
    JOINT_APPROACH,
    /** Waiting for the follow-up date, then the effect is assessed. */
    FOLLOW_UP,
    COMPLETED;

    public boolean isRunning() {
        return this != COMPLETED;
    }
}
