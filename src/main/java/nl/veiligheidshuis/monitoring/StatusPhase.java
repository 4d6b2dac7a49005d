package nl.veiligheidshuis.monitoring;

/** The phase the case status projection shows, from the monitoring's point of view. */
public enum StatusPhase {
    /** The agreements of a fixed plan version are being followed. */
    MONITORING,
    /** The director asked for an adjusted plan: action-plan makes a new version. */
    PLAN,
    /** A new case conference was asked for, or the case was reopened after aftercare. */
    CONFERENCE,
    /** Closed, waiting for the aftercare check. */
    AFTERCARE,
    /** Closed for good (stable after aftercare, or closed without aftercare). */
    CLOSED
}
