package nl.veiligheidshuis.escalation;

/** How a level closed. */
public enum LevelOutcome {
    RESOLVED,
    ESCALATED,
    SENT_BACK,
    TIMED_OUT
}
