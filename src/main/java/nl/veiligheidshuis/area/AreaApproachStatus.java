package nl.veiligheidshuis.area;

/** Where an area approach stands; every status but {@code COMPLETED} and {@code CASE_CLOSED} counts as running (one per case). */
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
    COMPLETED,
    /** The case was closed or withdrawn while the approach ran: it ended there ({@code AreaApproachClosure}). */
    CASE_CLOSED;

    /** The statuses of an approach that has ended. */
    public static final java.util.Set<AreaApproachStatus> ENDED = java.util.EnumSet.of(COMPLETED, CASE_CLOSED);

    public boolean isRunning() {
        return !ENDED.contains(this);
    }
}
