package nl.veiligheidshuis.monitoring;

/** The former case director's finding at the aftercare check (nazorgcheck). */
public enum AftercareDecision {
    /** Situatie stabiel: the case stays closed. */
    STABLE,
    /** Casus heropenen: same case number, history kept, back to a case conference. */
    REOPEN
}
