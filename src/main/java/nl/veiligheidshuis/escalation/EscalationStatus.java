package nl.veiligheidshuis.escalation;

/** Where an escalation stands; every status but OPEN is final. */
public enum EscalationStatus {
    OPEN,
    /** A level decided how to solve it; the case director carries the decision out. */
    RESOLVED,
    /** Sent back, and the level below took it back. */
    TAKEN_BACK,
    /** The national meeting let its deadline pass; the steering group was told. */
    UNANSWERED,
    /** Its case closed (afgeschaald, withdrawn, refused or incomplete) while it was open: it ended with that reason. */
    CASE_CLOSED
}
