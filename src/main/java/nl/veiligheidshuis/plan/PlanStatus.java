package nl.veiligheidshuis.plan;

/** Where a version of a case's plan stands. */
public enum PlanStatus {
    /** Submitted by the case director; the partners with agreements are confirming it. */
    CONFIRMING,
    /** Every partner with agreements has confirmed it: the plan in force. */
    FIXED,
    /** A newer version replaced it; it stays readable. */
    SUPERSEDED
}
