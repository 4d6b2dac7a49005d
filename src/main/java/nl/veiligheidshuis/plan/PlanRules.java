package nl.veiligheidshuis.plan;

import static nl.veiligheidshuis.plan.ActionPlanProcess.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.plan.PlanSubmission.AgreementInput;
import nl.veiligheidshuis.plan.PlanSubmission.DomainGoal;

/**
 * The rules a plan version must meet before it is stored (§3.2): a goal, a goal per chosen life domain, at least
 * one agreement, every filled agreement complete with a partner of design.md, a family member complete. Due dates
 * are checked after the agreements are matched with the previous version ({@link #checkDueDates}): an unchanged
 * agreement may keep a date that has passed. One message per wrong field, in Dutch, all at once.
 */
final class PlanRules {

    static final int GOAL_MAX = 4000;
    static final int TEXT_MAX = 2000;
    static final int NAME_MAX = 200;
    /** The reason becomes the preventive referral's summary (4000), after a line naming this case. */
    static final int REASON_MAX = 3500;
    /** A BSN has nine digits (sometimes eight); "for whom" names a person in the family, never by BSN. */
    static final Pattern LOOKS_LIKE_BSN = Pattern.compile("(?<!\\d)\\d{8,9}(?!\\d)");

    private PlanRules() {
    }

    static void check(PlanSubmission plan, Set<String> partners, LocalDate today, List<FieldError> errors) {
        if (plan.goal() == null) {
            errors.add(new FieldError(PLAN_GOAL, "Beschrijf het doel van het plan van aanpak"));
        } else if (plan.goal().length() > GOAL_MAX) {
            errors.add(new FieldError(PLAN_GOAL, "Het doel van het plan is maximaal " + GOAL_MAX + " tekens"));
        }
        if (plan.domainGoals().isEmpty()) {
            errors.add(new FieldError(PLAN_GOAL_DOMAINS, "Kies ten minste één leefgebied met een doel"));
        }
        for (DomainGoal goal : plan.domainGoals()) {
            if (!LIFE_DOMAINS.contains(goal.lifeDomain())) {
                errors.add(new FieldError(PLAN_GOAL_DOMAINS, "Onbekend leefgebied '" + goal.lifeDomain() + "'"));
            } else if (goal.goal() == null) {
                errors.add(new FieldError(goalOf(goal.lifeDomain()),
                        "Beschrijf het doel op het leefgebied " + PlanVocabulary.lifeDomain(goal.lifeDomain())));
            } else if (goal.goal().length() > TEXT_MAX) {
                errors.add(new FieldError(goalOf(goal.lifeDomain()), "Het doel op het leefgebied "
                        + PlanVocabulary.lifeDomain(goal.lifeDomain()) + " is maximaal " + TEXT_MAX + " tekens"));
            }
        }
        if (plan.agreements().isEmpty()) {
            errors.add(new FieldError(agreementPartner(1), "Leg ten minste één afspraak vast: kies bij afspraak 1 de partner"));
        }
        plan.agreements().forEach(agreement -> checkAgreement(agreement, partners, errors));
        if (plan.familyMember() != null) {
            checkFamilyMember(plan.familyMember(), today, errors);
        }
    }

    private static void checkAgreement(AgreementInput a, Set<String> partners, List<FieldError> errors) {
        String label = "Afspraak " + a.slot() + ": ";
        if (!partners.contains(a.partner())) {
            errors.add(new FieldError(agreementPartner(a.slot()), label + "'" + a.partner() + "' is geen ketenpartner van het Veiligheidshuis"));
        }
        if (a.description() == null) {
            errors.add(new FieldError(agreementDescription(a.slot()), label + "beschrijf wat de partner doet"));
        } else if (a.description().length() > TEXT_MAX) {
            errors.add(new FieldError(agreementDescription(a.slot()), label + "de beschrijving is maximaal " + TEXT_MAX + " tekens"));
        }
        if (a.forWhom() == null) {
            errors.add(new FieldError(agreementForWhom(a.slot()), label + "geef aan voor wie in het gezin de afspraak is"));
        } else if (a.forWhom().length() > NAME_MAX) {
            errors.add(new FieldError(agreementForWhom(a.slot()), label + "'voor wie' is maximaal " + NAME_MAX + " tekens"));
        } else if (LOOKS_LIKE_BSN.matcher(a.forWhom()).find()) {
            errors.add(new FieldError(agreementForWhom(a.slot()),
                    label + "noem geen BSN; beschrijf wie in het gezin het is (bijvoorbeeld 'Sem' of 'moeder')"));
        }
        if (a.lifeDomain() == null || !LIFE_DOMAINS.contains(a.lifeDomain())) {
            errors.add(new FieldError(agreementLifeDomain(a.slot()), label + "kies het leefgebied"));
        }
        if (!isKind(a.kind())) {
            errors.add(new FieldError(agreementKind(a.slot()), label + "kies strafrechtelijk, bestuurlijk of zorg"));
        }
    }

    /** A new date, or a changed one, lies in the future; an unchanged agreement keeps the date it had. */
    static void checkDueDates(List<PlanVersioning.Planned> agreements, List<AgreementInput> submitted, LocalDate today,
            List<FieldError> errors) {
        for (AgreementInput input : submitted) {
            String label = "Afspraak " + input.slot() + ": ";
            if (input.dueDate() == null) {
                if (errors.stream().noneMatch(e -> e.field().equals(agreementDueDate(input.slot())))) {
                    errors.add(new FieldError(agreementDueDate(input.slot()), label + "kies de datum waarop de afspraak uiterlijk is nagekomen"));
                }
                continue;
            }
            LocalDate kept = agreements.stream().filter(p -> p.slot() == input.slot()).map(PlanVersioning.Planned::previousDueDate)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            if (!input.dueDate().isAfter(today) && !input.dueDate().equals(kept)) {
                errors.add(new FieldError(agreementDueDate(input.slot()), label + "de uiterste datum ligt in de toekomst"));
            }
        }
    }

    private static void checkFamilyMember(FamilyMemberInput m, LocalDate today, List<FieldError> errors) {
        requiredName(errors, RISK_MEMBER_GIVEN_NAME, m.givenName(), "Gezinslid: geef de voornaam");
        requiredName(errors, RISK_MEMBER_FAMILY_NAME, m.familyName(), "Gezinslid: geef de achternaam");
        if (m.dateOfBirth() == null) {
            if (errors.stream().noneMatch(e -> e.field().equals(RISK_MEMBER_DATE_OF_BIRTH))) {
                errors.add(new FieldError(RISK_MEMBER_DATE_OF_BIRTH, "Gezinslid: geef de geboortedatum, zodat de persoon herkend kan worden"));
            }
        } else if (!m.dateOfBirth().isBefore(today)) {
            errors.add(new FieldError(RISK_MEMBER_DATE_OF_BIRTH, "Gezinslid: de geboortedatum ligt in het verleden"));
        }
        if (m.relation() == null || !PlanVocabulary.RELATIONS.containsKey(m.relation())) {
            errors.add(new FieldError(RISK_MEMBER_RELATION, "Gezinslid: kies de relatie tot de betrokkene"));
        }
        if (!APPROACH_OWN_CASE.equals(m.approach()) && !APPROACH_IN_PLAN.equals(m.approach())) {
            errors.add(new FieldError(RISK_MEMBER_APPROACH, "Gezinslid: kies een eigen preventieve casus of opnemen in dit gezinsplan"));
            return;
        }
        if (!m.ownCase()) {
            return;
        }
        if (m.reason() == null) {
            errors.add(new FieldError(RISK_MEMBER_REASON, "Gezinslid: beschrijf waarom dit gezinslid dreigt af te glijden"));
        } else if (m.reason().length() > REASON_MAX) {
            errors.add(new FieldError(RISK_MEMBER_REASON, "Gezinslid: de toelichting is maximaal " + REASON_MAX + " tekens"));
        }
        if (m.lifeDomains().isEmpty()) {
            errors.add(new FieldError(RISK_MEMBER_LIFE_DOMAINS, "Gezinslid: kies ten minste één leefgebied waarop problemen spelen"));
        } else if (m.lifeDomains().stream().anyMatch(domain -> !LIFE_DOMAINS.contains(domain))) {
            errors.add(new FieldError(RISK_MEMBER_LIFE_DOMAINS, "Gezinslid: onbekend leefgebied"));
        }
        if (m.chainsNeeded() == null || m.chainsNeeded() < 1 || m.chainsNeeded() > 3) {
            if (errors.stream().noneMatch(e -> e.field().equals(RISK_MEMBER_CHAINS_NEEDED))) {
                errors.add(new FieldError(RISK_MEMBER_CHAINS_NEEDED, "Gezinslid: kies hoeveel ketens moeten samenwerken (1 tot en met 3)"));
            }
        }
        if (!Boolean.TRUE.equals(m.informed()) && m.notInformedReason() == null) {
            errors.add(new FieldError(RISK_MEMBER_NOT_INFORMED_REASON, "Gezinslid: geef aan waarom het gezinslid (nog) niet is geïnformeerd"));
        }
    }

    private static void requiredName(List<FieldError> errors, String field, String value, String message) {
        if (value == null) {
            errors.add(new FieldError(field, message));
        } else if (value.length() > NAME_MAX) {
            errors.add(new FieldError(field, message.substring(0, message.indexOf(':') + 1) + " maximaal " + NAME_MAX + " tekens"));
        }
    }

    static boolean isKind(String kind) {
        if (kind == null) {
            return false;
        }
        for (InterventionKind known : InterventionKind.values()) {
            if (known.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }
}
