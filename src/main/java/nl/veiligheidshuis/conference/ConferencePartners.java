package nl.veiligheidshuis.conference;

import java.util.Comparator;
import java.util.List;
import nl.veiligheidshuis.organisation.Groups;

/** The chain partners that can take part in a case conference (the outputs of partner-selection), in a fixed order. */
public final class ConferencePartners {

    public static final String MUNICIPALITY = Groups.MUNICIPALITY;

    /** The order of the table's output values: key partners first, then the flexible shell (design.md). */
    public static final List<String> ALL = List.of(MUNICIPALITY, "om", "politie", "reclassering", "dji", "rvdk", "jeugdzorg", "ggz",
            "gehandicaptenzorg", "woningcorporatie", "leerplicht", "uwv", "maatschappelijk-werk");

    /**
     * Among partners with equal weight, the one that usually carries case direction (§5.4: "de partner met de
     * expertise, waar het zwaartepunt van de problematiek ligt"): care and supervision before enforcement; the
     * municipality, which directs the cooperation itself, when no other partner carries weight.
     */
    static final List<String> CASE_DIRECTION_PREFERENCE = List.of("jeugdzorg", "reclassering", "ggz", "gehandicaptenzorg", "rvdk",
            "maatschappelijk-werk", "leerplicht", "om", "politie", "dji", "woningcorporatie", "uwv", MUNICIPALITY);

    static final Comparator<String> IN_ORDER = Comparator.comparingInt(ConferencePartners::position);

    private ConferencePartners() {
    }

    public static boolean isPartner(String groupId) {
        return ALL.contains(groupId);
    }

    static int position(String groupId) {
        int index = ALL.indexOf(groupId);
        return index < 0 ? ALL.size() : index;
    }

    /**
     * The key of a partner's field inside a form group with a path: camelCase, since form keys and FEEL names
     * should not contain hyphens ({@code maatschappelijk-werk} becomes {@code maatschappelijkWerk}).
     */
    public static String formKey(String groupId) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : groupId.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }
}
