package nl.veiligheidshuis.planning;

/** Where the week's planning (and each of its slots) stands. */
public enum PlanStatus {
    PROPOSED,
    CONFIRMED
}
