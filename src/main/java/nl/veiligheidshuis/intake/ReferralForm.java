package nl.veiligheidshuis.intake;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.FormDates;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.intake.ReferralRequest.AreaData;
import nl.veiligheidshuis.intake.ReferralRequest.Criteria;
import nl.veiligheidshuis.intake.ReferralRequest.Indicators;
import nl.veiligheidshuis.intake.ReferralRequest.SubjectData;

/**
 * The Tasklist start form {@code referral-start} (flat fields) as a {@link ReferralRequest}, so both routes share
 * one set of rules. The form's personal fields are stored in the case file and then removed from the engine.
 */
public final class ReferralForm {

    /** Form fields holding personal data or free text: never kept as process variables, never in history. */
    public static final Set<String> PERSONAL_FIELDS = Set.of("summary", "subjectGivenName", "subjectFamilyName", "subjectDateOfBirth",
            "subjectBsn", "subjectMunicipality", "familyMemberRelation", "familyMemberGivenName", "familyMemberFamilyName",
            "familyMemberDateOfBirth", "areaName", "areaMunicipality", "areaTheme", "lifeDomains", "subjectInformed",
            "subjectNotInformedReason", "subjectInformedReviewDate", "subjectInformedOn");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferralForm() {
    }

    public static ReferralRequest toReferral(Map<String, Object> form) {
        List<FieldError> errors = new ArrayList<>();
        List<SubjectData> subjects = new ArrayList<>();
        if (hasAny(form, "subjectGivenName", "subjectFamilyName", "subjectBsn")) {
            subjects.add(new SubjectData("SUBJECT", null, text(form, "subjectGivenName"), text(form, "subjectFamilyName"),
                    date(form, "subjectDateOfBirth", "subjects[0].dateOfBirth", errors), text(form, "subjectBsn"),
                    text(form, "subjectMunicipality")));
        }
        if (hasAny(form, "familyMemberGivenName", "familyMemberFamilyName")) {
            subjects.add(new SubjectData("FAMILY_MEMBER", text(form, "familyMemberRelation"), text(form, "familyMemberGivenName"),
                    text(form, "familyMemberFamilyName"), date(form, "familyMemberDateOfBirth", "subjects[1].dateOfBirth", errors), null,
                    text(form, "subjectMunicipality")));
        }
        AreaData area = hasAny(form, "areaName", "areaMunicipality")
                ? new AreaData(text(form, "areaName"), text(form, "areaMunicipality"), text(form, "areaTheme")) : null;
        Criteria criteria = new Criteria(bool(form, "criminalOrNuisanceRisk"), integer(form, "chainsNeeded", errors),
                bool(form, "coercionOrPressureNeeded"), bool(form, "singleChainSolvable"), bool(form, "provenStandardApproach"),
                bool(form, "systemImpact"), bool(form, "seriousAreaSafetyIssue"));
        Indicators indicators = new Indicators(bool(form, "minorInvolved"), bool(form, "domesticViolence"),
                bool(form, "detentionOrRecentRelease"), bool(form, "probationSupervision"), bool(form, "runningCriminalCase"),
                bool(form, "publicOrderNuisance"), bool(form, "mentalHealthProblems"), bool(form, "addictionProblems"),
                bool(form, "intellectualDisability"), bool(form, "housingProblems"), bool(form, "schoolAttendanceProblems"),
                bool(form, "incomeDebtProblems"), bool(form, "acuteSafetyRisk"), bool(form, "matchesRegionalPriority"));
        Boolean informed = form.get("subjectInformed") == null ? null : bool(form, "subjectInformed");
        ReferralRequest referral = new ReferralRequest(text(form, "region"), text(form, "route"), text(form, "caseType"),
                text(form, "referringPartner"), text(form, "summary"), subjects, area, list(form, "lifeDomains", errors), criteria, indicators,
                informed, text(form, "subjectNotInformedReason"), date(form, "subjectInformedReviewDate", "subjectInformedReviewDate", errors),
                date(form, "subjectInformedOn", "subjectInformedOn", errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return referral;
    }

    private static boolean hasAny(Map<String, Object> form, String... fields) {
        for (String field : fields) {
            if (text(form, field) != null) {
                return true;
            }
        }
        return false;
    }

    private static String text(Map<String, Object> form, String field) {
        Object value = form.get(field);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    private static Boolean bool(Map<String, Object> form, String field) {
        Object value = form.get(field);
        return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
    }

    private static Integer integer(Map<String, Object> form, String field, List<FieldError> errors) {
        Object value = form.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError("criteria." + field, "Vul een getal in"));
            return null;
        }
    }

    private static LocalDate date(Map<String, Object> form, String field, String path, List<FieldError> errors) {
        String value = text(form, field);
        if (value == null) {
            return null;
        }
        try {
            return FormDates.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(path, "Geen geldige datum: typ dd-mm-jjjj, bijvoorbeeld 23-11-2008"));
            return null;
        }
    }

    /** A checklist arrives as a Json variable (its text is a JSON array), a Java list, or comma-separated text. */
    private static List<String> list(Map<String, Object> form, String field, List<FieldError> errors) {
        Object value = form.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        String text = value.toString().trim();
        if (text.startsWith("[")) {
            try {
                return JSON.readValue(text, new TypeReference<List<String>>() { });
            } catch (Exception e) {
                errors.add(new FieldError(field, "Geen geldige lijst"));
                return List.of();
            }
        }
        return text.isEmpty() ? List.of() : List.of(text.split("\\s*,\\s*"));
    }
}
