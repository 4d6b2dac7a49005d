package nl.veiligheidshuis.privacy;

public enum AccessAction {
    READ,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT
}
