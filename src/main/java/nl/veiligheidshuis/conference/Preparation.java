package nl.veiligheidshuis.conference;

import java.util.ArrayList;
import java.util.List;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;

/**
 * One partner's preparation of the conference (§5.5.3, §5.6 operational level): what it knows from its own
 * organisation, the legal basis on which it shares that, its current involvement with the person or family, and
 * who attends with mandate to decide for the organisation (§5.5.2).
 */
public record Preparation(String information, LegalBasis legalBasis, String legalBasisOther, String currentInvolvement,
        String attendeeName, String attendeeFunction, boolean attendeeHasMandate) {

    /** The case file's contributions hold at most this much text. */
    static final int MAX_TEXT = 4000;
    static final int MAX_LEGAL_BASIS_OTHER = 150;
    static final int MAX_NAME = 200;

    /**
     * Checks the preparation form.
     *
     * @throws InvalidInputException one message per wrong field
     */
    public static Preparation of(String information, String legalBasis, String legalBasisOther, String currentInvolvement,
            String attendeeName, String attendeeFunction, Boolean attendeeHasMandate) {
        List<FieldError> errors = new ArrayList<>();
        String info = text(ConferenceProcess.PREPARATION_INFORMATION, information, MAX_TEXT,
                "Beschrijf wat uw organisatie weet dat van belang is (of dat de persoon of het gezin niet bekend is)", errors);
        LegalBasis basis = null;
        try {
            basis = LegalBasis.valueOf(legalBasis);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new FieldError(ConferenceProcess.PREPARATION_LEGAL_BASIS, "Kies de grondslag waarop u de informatie deelt"));
        }
        String other = null;
        if (basis == LegalBasis.OTHER) {
            other = text(ConferenceProcess.PREPARATION_LEGAL_BASIS_OTHER, legalBasisOther, MAX_LEGAL_BASIS_OTHER,
                    "Noem de grondslag waarop u de informatie deelt", errors);
        }
        String involvement = text(ConferenceProcess.PREPARATION_CURRENT_INVOLVEMENT, currentInvolvement, MAX_TEXT,
                "Beschrijf de huidige betrokkenheid van uw organisatie bij de persoon of het gezin", errors);
        String name = text(ConferenceProcess.ATTENDEE_NAME, attendeeName, MAX_NAME, "Geef de naam van wie namens uw organisatie deelneemt",
                errors);
        String function = text(ConferenceProcess.ATTENDEE_FUNCTION, attendeeFunction, MAX_NAME, "Geef de functie van wie deelneemt",
                errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Preparation(info, basis, other, involvement, name, function, Boolean.TRUE.equals(attendeeHasMandate));
    }

    /** As the case file records it with each contribution ("Anders: ..." spelled out). */
    public String legalBasisText() {
        return legalBasis == LegalBasis.OTHER ? "Anders: " + legalBasisOther : legalBasis.label();
    }

    private static String text(String field, String value, int max, String whenMissing, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, whenMissing));
            return null;
        }
        if (value.trim().length() > max) {
            errors.add(new FieldError(field, "De tekst is te lang (ten hoogste " + max + " tekens)"));
            return null;
        }
        return value.trim();
    }
}
