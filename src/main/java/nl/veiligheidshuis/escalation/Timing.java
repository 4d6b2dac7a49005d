package nl.veiligheidshuis.escalation;

/** Whether a level answered within its response deadline. */
public enum Timing {
    IN_TIME,
    /** Decided after the deadline, before the timer moved it up. */
    LATE,
    TIMED_OUT
}
