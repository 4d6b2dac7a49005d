package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.veiligheidshuis.privacy.PersonMatching.PersonKey;
import org.junit.jupiter.api.Test;

/** One person across cases: by BSN when both rows have one, otherwise by name and date of birth. */
class PersonMatchingTest {

    static final LocalDate BORN = LocalDate.of(2009, 4, 1);
    static final PersonKey SEM_WITH_BSN = new PersonKey("111222333", "Sem", "de Vries", BORN);

    @Test
    void theSameBsnIsTheSamePersonEvenWhenTheNameWasWrittenDifferently() {
        assertThat(PersonMatching.samePerson(SEM_WITH_BSN, new PersonKey("111222333", "Semmie", "Vries", null))).isTrue();
    }

    @Test
    void twoDifferentBsnsAreTwoPeopleEvenWithTheSameNameAndBirthDate() {
        assertThat(PersonMatching.samePerson(SEM_WITH_BSN, new PersonKey("123456782", "Sem", "de Vries", BORN))).isFalse();
    }

    @Test
    void withoutABsnOnOneSideNameAndBirthDateDecideIgnoringCaseAndSpaces() {
        assertThat(PersonMatching.samePerson(SEM_WITH_BSN, new PersonKey(null, " sem ", "DE VRIES", BORN))).isTrue();
        assertThat(PersonMatching.samePerson(new PersonKey(null, "Sem", "de Vries", BORN), new PersonKey("", "Sem", "de Vries", BORN)))
                .isTrue();
    }

    @Test
    void aSiblingWithTheSameFamilyNameIsAnotherPerson() {
        assertThat(PersonMatching.samePerson(SEM_WITH_BSN, new PersonKey(null, "Noor", "de Vries", LocalDate.of(2013, 9, 12)))).isFalse();
        assertThat(PersonMatching.samePerson(SEM_WITH_BSN, new PersonKey(null, "Noor", "de Vries", BORN))).as("twin").isFalse();
    }

    @Test
    void anotherBirthDateIsAnotherPerson() {
        assertThat(PersonMatching.samePerson(SEM_WITH_BSN, new PersonKey(null, "Sem", "de Vries", BORN.plusDays(1)))).isFalse();
    }

    @Test
    void withoutBsnAndWithoutBirthDateNobodyMatches() {
        PersonKey unknown = new PersonKey(null, "Sem", "de Vries", null);
        assertThat(PersonMatching.samePerson(unknown, new PersonKey(null, "Sem", "de Vries", null))).isFalse();
        assertThat(PersonMatching.samePerson(unknown, SEM_WITH_BSN)).isFalse();
    }

    @Test
    void matchingIsNotChainedThroughARowWithoutBsn() {
        PersonKey noBsn = new PersonKey(null, "Sem", "de Vries", BORN);
        PersonKey otherBsn = new PersonKey("123456782", "Sem", "de Vries", BORN);
        assertThat(PersonMatching.samePerson(SEM_WITH_BSN, noBsn)).isTrue();
        assertThat(PersonMatching.samePerson(noBsn, otherBsn)).isTrue();
        assertThat(PersonMatching.samePerson(SEM_WITH_BSN, otherBsn)).as("from the row asked for: another person").isFalse();
    }
}
