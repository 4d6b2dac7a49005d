package nl.veiligheidshuis.escalation;

/** An escalation in a case, or a structural one without a case. */
public enum EscalationKind {
    CASE,
    STRUCTURAL
}
