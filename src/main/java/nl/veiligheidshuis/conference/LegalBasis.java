package nl.veiligheidshuis.conference;

/**
 * The legal basis on which a partner shares what it knows (design.md, data rules: every contribution records its
 * source partner and legal basis). The values of the select on the preparation form.
 */
public enum LegalBasis {
    WGS("Wet gegevensverwerking door samenwerkingsverbanden (WGS)"),
    YOUTH_ACT("Jeugdwet"),
    POLICE_DATA_ACT("Wet politiegegevens"),
    JUDICIAL_DATA_ACT("Wet justitiële en strafvorderlijke gegevens"),
    CONSENT("Toestemming van de betrokkene"),
    OTHER("Anders");

    private final String label;

    LegalBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
