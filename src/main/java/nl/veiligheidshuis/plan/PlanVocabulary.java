package nl.veiligheidshuis.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Dutch labels for what the plan's forms and API show (as in {@code referral-start}), and the closed lists it checks. */
public final class PlanVocabulary {

    /** The 12 life domains of design.md with the labels of the referral form. */
    public static final Map<String, String> LIFE_DOMAINS = ordered(
            "OFFENCE_HISTORY", "Delictgeschiedenis",
            "CURRENT_OFFENCE", "Huidig delict en delictpatroon",
            "HOUSING", "Huisvesting en wonen",
            "EDUCATION_WORK", "Opleiding, werk en leren",
            "INCOME_FINANCES", "Inkomen en omgaan met geld",
            "PARTNER_FAMILY_RELATIONS", "Relaties met partner, gezin en familie",
            "FRIENDS_ACQUAINTANCES", "Relaties met vrienden en kennissen",
            "DRUG_USE", "Druggebruik",
            "ALCOHOL_USE", "Alcoholgebruik",
            "EMOTIONAL_WELLBEING", "Emotioneel welzijn",
            "THINKING_BEHAVIOUR_SKILLS", "Denkpatronen, gedrag en vaardigheden",
            "ATTITUDE", "Houding");

    /** Relation of a family member to the subject, as on the referral form. */
    public static final Map<String, String> RELATIONS = ordered(
            "PARENT", "Ouder of verzorger",
            "CHILD", "Kind",
            "SIBLING", "Broer of zus",
            "PARTNER", "Partner",
            "OTHER_RELATIVE", "Ander familielid",
            "HOUSEHOLD_MEMBER", "Ander lid van het huishouden");

    public static final Map<String, String> AGREEMENT_STATUSES = ordered(
            AgreementStatus.OPEN.name(), "Open",
            AgreementStatus.DONE.name(), "Nagekomen",
            AgreementStatus.NOT_HONOURED.name(), "Niet nagekomen");

    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private PlanVocabulary() {
    }

    public static String lifeDomain(String code) {
        return LIFE_DOMAINS.getOrDefault(code, code);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DUTCH_DATE.format(date);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
