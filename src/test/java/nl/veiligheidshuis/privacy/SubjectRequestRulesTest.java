package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.privacy.ErasurePlan.Row;
import org.junit.jupiter.api.Test;

/** The rules of data-subject requests: the deadline, what erasure may erase, what a correction may change. */
class SubjectRequestRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aRequestIsDueOneMonthAfterReceiptAtTheEndOfTheDayAndRemindedAWeekBefore() {
        Instant due = RequestDeadlines.dueAt(LocalDate.of(2026, 2, 27));
        assertThat(due).isEqualTo(Instant.parse("2026-03-27T16:00:00Z")); // 17:00 CET
        assertThat(RequestDeadlines.reminderAt(due)).isEqualTo(Instant.parse("2026-03-20T08:00:00Z")); // 09:00 CET
    }

    @Test
    void aMonthAfterTheThirtyFirstIsTheLastDayOfTheShorterMonth() {
        assertThat(RequestDeadlines.dueAt(LocalDate.of(2026, 1, 31))).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(RequestDeadlines.dueAt(LocalDate.of(2026, 3, 20))).as("summer time").isEqualTo(Instant.parse("2026-04-20T15:00:00Z"));
    }

    @Test
    void erasureErasesRowsInClosedCasesAndKeepsThoseInActiveCasesWithTheReason() {
        ErasurePlan plan = ErasurePlan.of(List.of(new Row(1, 10, "VH-2026-000010", false), new Row(2, 11, "VH-2026-000011", true)));

        assertThat(plan.erase()).extracting(Row::subjectId).containsExactly(1L);
        assertThat(plan.keep()).extracting(Row::subjectId).containsExactly(2L);
        assertThat(plan.outcome()).isEqualTo(SubjectRequest.Outcome.PARTIALLY_ERASED);
        assertThat(plan.keptReason()).contains("VH-2026-000011").contains("art. 17 lid 3 AVG").doesNotContain("VH-2026-000010");
    }

    @Test
    void erasureOfAPersonOnlyInClosedCasesErasesEverything() {
        ErasurePlan plan = ErasurePlan.of(List.of(new Row(1, 10, "VH-2026-000010", false), new Row(3, 12, "VH-2026-000012", false)));
        assertThat(plan.outcome()).isEqualTo(SubjectRequest.Outcome.ERASED);
        assertThat(plan.keptReason()).isNull();
        assertThat(plan.erasedDetail()).isEqualTo("Gewist: 2 rijen in 2 afgesloten casus(sen)");
    }

    @Test
    void erasureOfAPersonOnlyInActiveCasesIsRefused() {
        ErasurePlan plan = ErasurePlan.of(List.of(new Row(2, 11, "VH-2026-000011", true)));
        assertThat(plan.erase()).isEmpty();
        assertThat(plan.outcome()).isEqualTo(SubjectRequest.Outcome.REFUSED);
    }

    @Test
    void aCorrectedBirthDateIsADateInThePast() {
        assertThat(CorrectableField.DATE_OF_BIRTH.parse(" 2009-04-02 ", TODAY, "correctionValue")).isEqualTo(LocalDate.of(2009, 4, 2));
        assertThatThrownBy(() -> CorrectableField.DATE_OF_BIRTH.parse("2 april 2009", TODAY, "correctionValue"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("correctionValue: Geef de geboortedatum als jjjj-mm-dd");
        assertThatThrownBy(() -> CorrectableField.DATE_OF_BIRTH.parse("2026-03-02", TODAY, "correctionValue"))
                .hasMessageContaining("in het verleden");
    }

    @Test
    void aCorrectedBsnPassesTheElevenTest() {
        assertThat(CorrectableField.BSN.parse("111222333", TODAY, "correctionValue")).isEqualTo("111222333");
        assertThatThrownBy(() -> CorrectableField.BSN.parse("123456789", TODAY, "correctionValue")).hasMessageContaining("elfproef");
    }

    @Test
    void aNameCannotBeCorrectedToNothingButAMunicipalityCanBeRemoved() {
        assertThatThrownBy(() -> CorrectableField.FAMILY_NAME.parse("  ", TODAY, "correctionValue"))
                .hasMessageContaining("Geef de nieuwe achternaam");
        assertThatThrownBy(() -> CorrectableField.GIVEN_NAME.parse("x".repeat(201), TODAY, "correctionValue"))
                .hasMessageContaining("Maximaal 200 tekens");
        assertThat(CorrectableField.MUNICIPALITY.parse("", TODAY, "correctionValue")).isNull();
        assertThat(CorrectableField.byKey("familyName")).contains(CorrectableField.FAMILY_NAME);
        assertThat(CorrectableField.byKey("summary")).isEmpty();
    }

    @Test
    void requestNumbersCarryTheYearAndSixDigits() {
        assertThat(SubjectRequests.number(42, Instant.parse("2026-03-02T08:00:00Z"))).isEqualTo("VB-2026-000042");
        assertThat(SubjectRequests.number(7, Instant.parse("2026-12-31T23:30:00Z"))).as("new year in Amsterdam").isEqualTo("VB-2027-000007");
    }
}
