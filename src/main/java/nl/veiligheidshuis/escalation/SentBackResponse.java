package nl.veiligheidshuis.escalation;

/** How the level below answers an escalation sent back to it. */
public enum SentBackResponse {
    TAKE_BACK,
    ESCALATE_AGAIN
}
