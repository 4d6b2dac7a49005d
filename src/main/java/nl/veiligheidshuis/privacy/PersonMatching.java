package nl.veiligheidshuis.privacy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import nl.veiligheidshuis.casefile.Subject;

/**
 * Whether two rows of {@code vh_case_subject} are the same person (a person may appear in several cases): when both
 * rows have a BSN, the BSN decides; otherwise given name, family name (ignoring case and surrounding spaces) and
 * date of birth must all be equal. Rows without BSN and without date of birth never match another row. Matching
 * starts from one row and is not chained: two rows with different BSNs are never one person, even through a third.
 */
final class PersonMatching {

    /** What identifies a person in a subject row. */
    record PersonKey(String bsn, String givenName, String familyName, LocalDate dateOfBirth) {

        static PersonKey of(Subject subject) {
            return new PersonKey(subject.getBsn(), subject.getGivenName(), subject.getFamilyName(), subject.getDateOfBirth());
        }
    }

    private PersonMatching() {
    }

    static boolean samePerson(PersonKey a, PersonKey b) {
        if (!blank(a.bsn()) && !blank(b.bsn())) {
            return a.bsn().trim().equals(b.bsn().trim());
        }
        return a.dateOfBirth() != null && a.dateOfBirth().equals(b.dateOfBirth())
                && normal(a.familyName()) != null
                && Objects.equals(normal(a.familyName()), normal(b.familyName()))
                && Objects.equals(normal(a.givenName()), normal(b.givenName()));
    }

    static boolean samePerson(Subject a, Subject b) {
        return samePerson(PersonKey.of(a), PersonKey.of(b));
    }

    /** Lower case without surrounding spaces, as the database queries compare names. */
    static String normal(String name) {
        return blank(name) ? null : name.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
