package nl.veiligheidshuis.plan;

/** How an agreement stands; a new agreement is open, monitoring (issue 5) records the rest. */
public enum AgreementStatus {
    OPEN,
    DONE,
    NOT_HONOURED
}
