package nl.veiligheidshuis.casefile;

/** Person, family system or area (design.md). */
public enum CaseType {
    PERSON,
    SYSTEM,
    AREA
}
