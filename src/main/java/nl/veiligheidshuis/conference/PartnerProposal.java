package nl.veiligheidshuis.conference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The partners partner-selection proposes for a case, one entry per partner (§5.5.3: only the partners the case
 * really needs). The table is COLLECT: one row per matching rule, so a partner can come twice; entries are
 * de-duplicated, REQUIRED wins over OPTIONAL, and the reasons of all its rules are kept. The municipality always
 * takes part (regie op de samenwerking, §5.4), also if a table version should forget it.
 */
public final class PartnerProposal {

    /** The reason of a rule without conditions, such as "the municipality always takes part". */
    public static final String ALWAYS = "Altijd nodig (regie op de samenwerking)";
    static final String BY_THE_TABLE = "Volgens de selectietabel";

    /** One row of the table's result. */
    public record Hit(String partner, String attendance) {
    }

    /** One proposed partner: its attendance and why (the indicators that brought it). */
    public record Entry(String partner, Attendance attendance, List<String> reasons) {

        public Entry {
            reasons = List.copyOf(reasons);
        }

        /** How many case indicators ask for this partner: the weight of the problems it carries (§5.4). */
        public int weight() {
            return (int) reasons.stream().filter(reason -> !ALWAYS.equals(reason) && !BY_THE_TABLE.equals(reason)).count();
        }

        public String reasonText() {
            return String.join("; ", reasons);
        }
    }

    private PartnerProposal() {
    }

    /**
     * @param hits the table's rows; a partner or attendance the application does not know is a technical fault
     * @param reasons per partner, the reasons of the rules that matched (from {@link PartnerSelectionExplanation})
     */
    public static List<Entry> of(List<Hit> hits, Map<String, List<String>> reasons) {
        Map<String, Attendance> attendance = new LinkedHashMap<>();
        for (Hit hit : hits) {
            if (!ConferencePartners.isPartner(hit.partner())) {
                throw new IllegalStateException("partner-selection gave an unknown partner: " + hit.partner());
            }
            Attendance level = parse(hit.attendance());
            attendance.merge(hit.partner(), level, Attendance::strongest);
        }
        attendance.merge(ConferencePartners.MUNICIPALITY, Attendance.REQUIRED, Attendance::strongest);
        List<Entry> entries = new ArrayList<>();
        attendance.keySet().stream().sorted(ConferencePartners.IN_ORDER).forEach(partner -> {
            Set<String> why = new LinkedHashSet<>(reasons.getOrDefault(partner, List.of()));
            if (why.isEmpty()) {
                why.add(ConferencePartners.MUNICIPALITY.equals(partner) ? ALWAYS : BY_THE_TABLE);
            }
            entries.add(new Entry(partner, attendance.get(partner), new ArrayList<>(why)));
        });
        return entries;
    }

    private static Attendance parse(String attendance) {
        try {
            return Attendance.valueOf(attendance);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("partner-selection gave an unknown attendance: " + attendance, e);
        }
    }
}
