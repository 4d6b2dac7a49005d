package nl.veiligheidshuis.intake;

import java.util.Set;

/** The closed lists of design.md that a referral is checked against. */
final class Vocabulary {

    static final Set<String> ROUTES = Set.of("PARTNER", "ZSM", "CRIMINAL_TRAJECTORY", "CARE_TRAJECTORY", "PREVENTIVE_FAMILY",
            "DETENTION_AFTERCARE", "AREA_SIGNAL");

    static final Set<String> CASE_TYPES = Set.of("PERSON", "SYSTEM", "AREA");

    static final Set<String> LIFE_DOMAINS = Set.of("OFFENCE_HISTORY", "CURRENT_OFFENCE", "HOUSING", "EDUCATION_WORK", "INCOME_FINANCES",
            "PARTNER_FAMILY_RELATIONS", "FRIENDS_ACQUAINTANCES", "DRUG_USE", "ALCOHOL_USE", "EMOTIONAL_WELLBEING",
            "THINKING_BEHAVIOUR_SKILLS", "ATTITUDE");

    static final Set<String> SUBJECT_ROLES = Set.of("SUBJECT", "FAMILY_MEMBER");

    private Vocabulary() {
    }
}
