package nl.veiligheidshuis.organisation;

/** The rings of the Veiligheidshuis (framework §5.1, figure 4). */
public enum Ring {
    CORE_STAFF,
    KEY_PARTNER,
    FLEXIBLE_SHELL,
    GOVERNANCE
}
