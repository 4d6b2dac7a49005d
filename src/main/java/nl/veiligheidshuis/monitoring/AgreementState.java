package nl.veiligheidshuis.monitoring;

/** Where a tracked agreement stands: open, overdue while unreported, or as its partner reported it. */
public enum AgreementState {
    OPEN("Loopt"),
    OVERDUE("Te laat, nog niet gerapporteerd"),
    DONE("Nagekomen"),
    PARTLY("Deels nagekomen"),
    NOT_DONE("Niet nagekomen");

    private final String label;

    AgreementState(String label) {
        this.label = label;
    }

    /** Dutch, for the forms. */
    public String label() {
        return label;
    }

    public boolean isReported() {
        return this == DONE || this == PARTLY || this == NOT_DONE;
    }
}
