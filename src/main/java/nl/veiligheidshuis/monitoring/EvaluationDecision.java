package nl.veiligheidshuis.monitoring;

/** The case director's decision at an evaluation of the plan (§5.4). */
public enum EvaluationDecision {
    /** Doorgaan: the plan runs on, the next evaluation follows at the interval. */
    CONTINUE,
    /** Plan aanpassen: a new version of the plan, confirmed by the partners it touches (action-plan). */
    ADJUST_PLAN,
    /** Nieuw casusoverleg: the case goes back to a case conference. */
    NEW_CONFERENCE,
    /** Afschalen: the case closes, with a reason and a closing summary to the involved partners. */
    CLOSE
}
