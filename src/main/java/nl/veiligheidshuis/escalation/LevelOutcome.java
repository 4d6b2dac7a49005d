package nl.veiligheidshuis.escalation;

/** How a level closed. */
public enum LevelOutcome {
    RESOLVED,
    ESCALATED,
    SENT_BACK,
    TIMED_OUT,
    /** The case closed while the level was handling it. */
    CASE_CLOSED
}
