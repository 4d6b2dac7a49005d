package nl.veiligheidshuis.conference;

/** Where a case conference stands. */
public enum ConferenceStatus {
    PROPOSED,
    PARTICIPANTS_CHOSEN,
    SCHEDULED,
    HELD
}
