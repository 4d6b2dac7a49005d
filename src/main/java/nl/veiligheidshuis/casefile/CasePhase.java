package nl.veiligheidshuis.casefile;

/** The phase of the case lifecycle a case is in (design.md, "What the system is for"). */
public enum CasePhase {
    INTAKE,
    SCREENING,
    CONFERENCE,
    PLAN,
    MONITORING,
    CLOSED
}
