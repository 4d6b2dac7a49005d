package nl.veiligheidshuis.escalation;

/** What a level decides ("opgelost", "verder opschalen", "terugsturen"). */
public enum LevelDecision {
    RESOLVED,
    ESCALATE,
    SEND_BACK
}
