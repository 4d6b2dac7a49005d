package nl.veiligheidshuis.conference;

/** Where the conference takes place. */
public enum ConferenceMode {
    IN_PERSON("op locatie"),
    ONLINE("online");

    private final String label;

    ConferenceMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
