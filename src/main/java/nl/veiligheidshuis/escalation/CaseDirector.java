package nl.veiligheidshuis.escalation;

/** The case director (casusregisseur) appointed at the case conference: partner group and, when known, the user. */
public record CaseDirector(String partner, String userId) {

    public static final CaseDirector UNKNOWN = new CaseDirector(null, null);
}
