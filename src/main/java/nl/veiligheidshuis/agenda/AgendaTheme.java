package nl.veiligheidshuis.agenda;

/**
 * The fixed list of themes a regional strategic agenda can prioritise (landelijk kader §3.1, §4.3, §5.6: the
 * themes on which Veiligheidshuizen work), with the Dutch label the steering group reads.
 */
public enum AgendaTheme {
    HIGH_IMPACT_CRIME("High impact crimes"),
    DOMESTIC_VIOLENCE("Huiselijk geweld en kindermishandeling"),
    YOUTH_GROUPS("Jeugdgroepen en jeugdcriminaliteit"),
    CARE_AND_SAFETY("Zorg en veiligheid (verwarde personen)"),
    RETURNING_DETAINEES("Re-integratie van (ex-)gedetineerden"),
    RADICALISATION("Radicalisering en extremisme"),
    SUBVERSIVE_CRIME("Ondermijning"),
    AREA_NUISANCE("Gebiedsgebonden overlast");

    private final String label;

    AgendaTheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The theme of a code, or null when the code is unknown. */
    static AgendaTheme of(String code) {
        for (AgendaTheme theme : values()) {
            if (theme.name().equals(code)) {
                return theme;
            }
        }
        return null;
    }
}
