package nl.veiligheidshuis.agenda;

/** Where one version of a regional agenda stands: drafted, adopted by the steering group, or replaced by a newer adoption. */
public enum AgendaStatus {
    DRAFT,
    ADOPTED,
    SUPERSEDED
}
