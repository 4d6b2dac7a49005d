package nl.veiligheidshuis.conference;

/** Whether partner-selection requires a partner at the conference or invites it (output {@code attendance}). */
public enum Attendance {
    REQUIRED("Vereist"),
    OPTIONAL("Facultatief");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stronger of two: a partner that one rule requires is required. */
    Attendance strongest(Attendance other) {
        return this == REQUIRED || other == REQUIRED ? REQUIRED : OPTIONAL;
    }
}
