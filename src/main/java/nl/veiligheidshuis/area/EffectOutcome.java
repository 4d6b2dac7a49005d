package nl.veiligheidshuis.area;

/** The assessment of the approach's effect at the follow-up date. */
public enum EffectOutcome {
    /** The approach had its effect: the area approach ends. */
    DONE,
    /** The problem persists or changed: a new area analysis. */
    NEW_ANALYSIS
}
