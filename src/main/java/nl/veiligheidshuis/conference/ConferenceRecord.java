package nl.veiligheidshuis.conference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;

/**
 * The record of the conference (§3.2, §3.3, §5.4, §5.5.2): who attended, with mandate or not, the shared analysis of
 * the whole system per life domain, the family members at risk, the decisions, and the case director: a partner
 * that took part with mandate and one of its professionals in the case's region.
 */
public record ConferenceRecord(Set<String> present, Set<String> mandated, String systemAnalysis, String familyMembersAtRisk,
        String decisions, String caseDirectorPartner, String caseDirectorUser) {

    static final int MAX_TEXT = 4000;

    /**
     * Checks the record form.
     *
     * @param participants the conference's partners
     * @throws InvalidInputException one message per wrong field
     */
    public static ConferenceRecord of(Collection<String> present, Collection<String> mandated, String systemAnalysis,
            String familyMembersAtRisk, String decisions, String caseDirectorPartner, String caseDirectorUser, List<String> participants,
            String region, ProfessionalDirectory directory, Function<String, String> names) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> attended = new LinkedHashSet<>(present);
        Set<String> withMandate = new LinkedHashSet<>(mandated);
        attended.stream().filter(p -> !participants.contains(p)).findFirst().ifPresent(p -> errors.add(new FieldError(
                ConferenceProcess.PRESENT_PARTNERS, "'" + p + "' was geen deelnemer van dit casusoverleg")));
        if (attended.isEmpty()) {
            errors.add(new FieldError(ConferenceProcess.PRESENT_PARTNERS, "Vink aan welke partners aanwezig waren"));
        }
        withMandate.stream().filter(p -> !attended.contains(p)).findFirst().ifPresent(p -> errors.add(new FieldError(
                ConferenceProcess.MANDATED_PARTNERS, (participants.contains(p) ? names.apply(p) : "'" + p + "'")
                        + " heeft mandaat maar is niet als aanwezig aangevinkt")));
        String analysis = text(ConferenceProcess.SYSTEM_ANALYSIS, systemAnalysis, true,
                "Leg de gezamenlijke analyse van het hele systeem vast (gezin en sociale omgeving, per leefgebied)", errors);
        String atRisk = text(ConferenceProcess.FAMILY_MEMBERS_AT_RISK, familyMembersAtRisk, false, null, errors);
        String decided = text(ConferenceProcess.CONFERENCE_DECISIONS, decisions, true, "Leg de besluiten van het casusoverleg vast", errors);
        if (caseDirectorPartner == null || caseDirectorPartner.isBlank() || !participants.contains(caseDirectorPartner)) {
            errors.add(new FieldError(ConferenceProcess.CASE_DIRECTOR_PARTNER, "Kies de casusregisseur uit de partners van het casusoverleg"));
        } else if (!withMandate.contains(caseDirectorPartner)) {
            errors.add(new FieldError(ConferenceProcess.CASE_DIRECTOR_PARTNER, names.apply(caseDirectorPartner)
                    + " kan de casusregie alleen op zich nemen als de partner met mandaat aan het overleg deelnam (§5.5.2)"));
        }
        String user = caseDirectorUser == null ? "" : caseDirectorUser.trim();
        if (user.isEmpty()) {
            errors.add(new FieldError(ConferenceProcess.CASE_DIRECTOR_USER, "Geef de gebruikersnaam van de casusregisseur"));
        } else if (!directory.exists(user)) {
            errors.add(new FieldError(ConferenceProcess.CASE_DIRECTOR_USER, "Er is geen gebruiker '" + user + "'"));
        } else if (participants.contains(caseDirectorPartner) && !directory.isMemberOf(user, caseDirectorPartner)) {
            errors.add(new FieldError(ConferenceProcess.CASE_DIRECTOR_USER,
                    "Gebruiker '" + user + "' werkt niet bij " + names.apply(caseDirectorPartner)));
        } else if (!directory.worksInRegion(user, region)) {
            errors.add(new FieldError(ConferenceProcess.CASE_DIRECTOR_USER, "Gebruiker '" + user + "' werkt niet in de regio van de casus"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ConferenceRecord(Set.copyOf(attended), Set.copyOf(withMandate), analysis, atRisk, decided, caseDirectorPartner, user);
    }

    private static String text(String field, String value, boolean required, String whenMissing, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, whenMissing));
            }
            return null;
        }
        if (value.trim().length() > MAX_TEXT) {
            errors.add(new FieldError(field, "De tekst is te lang (ten hoogste " + MAX_TEXT + " tekens)"));
            return null;
        }
        return value.trim();
    }
}
