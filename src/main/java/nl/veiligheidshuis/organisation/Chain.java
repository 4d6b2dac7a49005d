package nl.veiligheidshuis.organisation;

/** The three chains that a complex case brings together (framework §4.2). */
public enum Chain {
    CRIMINAL_JUSTICE,
    CARE,
    MUNICIPAL
}
