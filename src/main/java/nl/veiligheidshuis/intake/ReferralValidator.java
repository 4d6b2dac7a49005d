package nl.veiligheidshuis.intake;

import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.veiligheidshuis.casefile.CaseType;
import nl.veiligheidshuis.covenant.Covenants;
import nl.veiligheidshuis.intake.ReferralRequest.SubjectData;
import nl.veiligheidshuis.organisation.PartnerGroup;
import nl.veiligheidshuis.organisation.PartnerGroupRepository;
import nl.veiligheidshuis.organisation.Region;
import nl.veiligheidshuis.organisation.RegionRepository;
import org.springframework.stereotype.Component;

/** Checks a referral against the rules of design.md; one error per wrong field, all at once. */
@Component
public class ReferralValidator {

    static final int SUMMARY_MAX = 4000;
    static final int TEXT_MAX = 200;

    private final RegionRepository regions;
    private final PartnerGroupRepository partnerGroups;
    private final Covenants covenants;
    private final Clock clock;

    ReferralValidator(RegionRepository regions, PartnerGroupRepository partnerGroups, Covenants covenants, Clock clock) {
        this.regions = regions;
        this.partnerGroups = partnerGroups;
        this.covenants = covenants;
        this.clock = clock;
    }

    public List<FieldError> validate(ReferralRequest referral) {
        List<FieldError> errors = new ArrayList<>();
        if (referral == null) {
            errors.add(new FieldError("body", "De aanmelding ontbreekt"));
            return errors;
        }
        Set<String> regionIds = regions.findAll().stream().map(Region::getId).collect(Collectors.toSet());
        Set<String> partners = partnerGroups.findAll().stream().filter(PartnerGroup::isChainPartner).map(PartnerGroup::getId)
                .collect(Collectors.toSet());

        required(errors, "region", referral.region(), "Kies de regio");
        if (referral.region() != null && !regionIds.contains(referral.region())) {
            errors.add(new FieldError("region", "Onbekende regio '" + referral.region() + "'"));
        }
        required(errors, "route", referral.route(), "Kies de instroomroute");
        if (referral.route() != null && !Vocabulary.ROUTES.contains(referral.route())) {
            errors.add(new FieldError("route", "Onbekende instroomroute '" + referral.route() + "'"));
        }
        required(errors, "caseType", referral.caseType(), "Kies het soort casus (persoon, systeem of gebied)");
        if (referral.caseType() != null && !Vocabulary.CASE_TYPES.contains(referral.caseType())) {
            errors.add(new FieldError("caseType", "Onbekend soort casus '" + referral.caseType() + "'"));
        }
        required(errors, "referringPartner", referral.referringPartner(), "Kies de aanmeldende ketenpartner");
        if (referral.referringPartner() != null && !partners.contains(referral.referringPartner())) {
            errors.add(new FieldError("referringPartner", "Onbekende ketenpartner '" + referral.referringPartner() + "'"));
        }
        // a partner takes part only between its covenant dates in the region (design.md, data rules)
        covenants.refusalOfReferringPartner(referral.region(), referral.referringPartner(), today()).ifPresent(errors::add);
        required(errors, "summary", referral.summary(), "Beschrijf wat er speelt en waarom het Veiligheidshuis nodig is");
        if (referral.summary() != null && referral.summary().length() > SUMMARY_MAX) {
            errors.add(new FieldError("summary", "Maximaal " + SUMMARY_MAX + " tekens"));
        }
        validateSubjectsAndArea(referral, errors);
        validateLifeDomains(referral, errors);
        validateCriteria(referral, errors);
        if (referral.subjectInformed() == null) {
            errors.add(new FieldError("subjectInformed", "Geef aan of de betrokkene over de aanmelding is geïnformeerd"));
        } else if (referral.subjectInformed()) {
            if (referral.subjectInformedOn() != null && referral.subjectInformedOn().isAfter(today())) {
                errors.add(new FieldError("subjectInformedOn", "De datum waarop de betrokkene is geïnformeerd ligt niet in de toekomst"));
            }
        } else {
            if (isBlank(referral.subjectNotInformedReason())) {
                errors.add(new FieldError("subjectNotInformedReason", "Geef aan waarom de betrokkene (nog) niet is geïnformeerd"));
            }
            if (referral.subjectInformedReviewDate() != null && !referral.subjectInformedReviewDate().isAfter(today())) {
                errors.add(new FieldError("subjectInformedReviewDate", "De datum om opnieuw te bekijken ligt in de toekomst"));
            }
        }
        return errors;
    }

    private void validateSubjectsAndArea(ReferralRequest referral, List<FieldError> errors) {
        List<SubjectData> subjects = referral.subjectsOrEmpty();
        boolean areaCase = CaseType.AREA.name().equals(referral.caseType());
        if (areaCase) {
            if (referral.area() == null) {
                errors.add(new FieldError("area", "Een gebiedscasus heeft een gebied (naam, gemeente, thema)"));
            } else {
                required(errors, "area.name", referral.area().name(), "Geef de naam van het gebied");
                required(errors, "area.municipality", referral.area().municipality(), "Geef de gemeente van het gebied");
                length(errors, "area.name", referral.area().name());
                length(errors, "area.municipality", referral.area().municipality());
                length(errors, "area.theme", referral.area().theme());
            }
        } else if (referral.caseType() != null && subjects.stream().noneMatch(s -> "SUBJECT".equals(s.role()))) {
            errors.add(new FieldError("subjects", "Een persoons- of systeemcasus heeft ten minste één betrokkene (rol SUBJECT)"));
        }
        for (int i = 0; i < subjects.size(); i++) {
            validateSubject("subjects[" + i + "]", subjects.get(i), errors);
        }
    }

    private void validateSubject(String path, SubjectData subject, List<FieldError> errors) {
        if (subject == null) {
            errors.add(new FieldError(path, "Lege betrokkene"));
            return;
        }
        if (subject.role() == null || !Vocabulary.SUBJECT_ROLES.contains(subject.role())) {
            errors.add(new FieldError(path + ".role", "De rol is SUBJECT of FAMILY_MEMBER"));
        }
        required(errors, path + ".givenName", subject.givenName(), "Geef de voornaam");
        required(errors, path + ".familyName", subject.familyName(), "Geef de achternaam");
        length(errors, path + ".givenName", subject.givenName());
        length(errors, path + ".familyName", subject.familyName());
        length(errors, path + ".municipality", subject.municipality());
        length(errors, path + ".relation", subject.relation());
        if (subject.dateOfBirth() != null && !subject.dateOfBirth().isBefore(today())) {
            errors.add(new FieldError(path + ".dateOfBirth", "De geboortedatum ligt in het verleden"));
        }
        if (subject.bsn() != null && !Bsn.isValid(subject.bsn())) {
            errors.add(new FieldError(path + ".bsn", "Dit BSN is geen geldig burgerservicenummer (elfproef)"));
        }
        if (subject.bsn() == null && subject.dateOfBirth() == null) {
            errors.add(new FieldError(path + ".dateOfBirth", "Geef het BSN of de geboortedatum, zodat de persoon herkend kan worden"));
        }
    }

    private static void validateLifeDomains(ReferralRequest referral, List<FieldError> errors) {
        List<String> domains = referral.lifeDomains() == null ? List.of() : referral.lifeDomains();
        if (domains.isEmpty() && !CaseType.AREA.name().equals(referral.caseType())) {
            errors.add(new FieldError("lifeDomains", "Kies ten minste één leefgebied waarop problemen spelen"));
        }
        for (int i = 0; i < domains.size(); i++) {
            if (!Vocabulary.LIFE_DOMAINS.contains(domains.get(i))) {
                errors.add(new FieldError("lifeDomains[" + i + "]", "Onbekend leefgebied '" + domains.get(i) + "'"));
            }
        }
    }

    private static void validateCriteria(ReferralRequest referral, List<FieldError> errors) {
        ReferralRequest.Criteria criteria = referral.criteria();
        if (criteria == null) {
            errors.add(new FieldError("criteria", "Beantwoord de vragen over de complexiteitscriteria"));
            return;
        }
        if (criteria.chainsNeeded() == null || criteria.chainsNeeded() < 0 || criteria.chainsNeeded() > 3) {
            errors.add(new FieldError("criteria.chainsNeeded", "Het aantal benodigde ketens is 0 tot en met 3"));
        }
        requiredAnswer(errors, "criteria.criminalOrNuisanceRisk", criteria.criminalOrNuisanceRisk());
        requiredAnswer(errors, "criteria.coercionOrPressureNeeded", criteria.coercionOrPressureNeeded());
        requiredAnswer(errors, "criteria.singleChainSolvable", criteria.singleChainSolvable());
        requiredAnswer(errors, "criteria.provenStandardApproach", criteria.provenStandardApproach());
        requiredAnswer(errors, "criteria.systemImpact", criteria.systemImpact());
        requiredAnswer(errors, "criteria.seriousAreaSafetyIssue", criteria.seriousAreaSafetyIssue());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Amsterdam")));
    }

    private static void required(List<FieldError> errors, String field, String value, String message) {
        if (isBlank(value)) {
            errors.add(new FieldError(field, message));
        }
    }

    private static void requiredAnswer(List<FieldError> errors, String field, Boolean value) {
        if (value == null) {
            errors.add(new FieldError(field, "Beantwoord deze vraag met ja of nee"));
        }
    }

    private static void length(List<FieldError> errors, String field, String value) {
        if (value != null && value.length() > TEXT_MAX) {
            errors.add(new FieldError(field, "Maximaal " + TEXT_MAX + " tekens"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
