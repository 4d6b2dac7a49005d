package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a closed case is due for destruction: its region's term after closure, unless an extension keeps it. */
class RetentionPolicyTest {

    /** Closed on 10 March 2021, 14:00 in Amsterdam. */
    static final Instant CLOSED = Instant.parse("2021-03-10T13:00:00Z");
    static final Instant FIVE_YEARS_LATER = Instant.parse("2026-03-10T13:00:00Z");

    @Test
    void aCaseIsKeptUntilItsTermHasPassedToTheMinute() {
        assertThat(RetentionPolicy.isDue(CLOSED, 5, null, FIVE_YEARS_LATER.minusSeconds(60))).isFalse();
        assertThat(RetentionPolicy.isDue(CLOSED, 5, null, FIVE_YEARS_LATER)).isTrue();
        assertThat(RetentionPolicy.isDue(CLOSED, 5, null, FIVE_YEARS_LATER.plusSeconds(86_400 * 400L))).isTrue();
    }

    @Test
    void theRegionsTermDecides() {
        Instant sixYearsLater = Instant.parse("2027-03-11T00:00:00Z");
        assertThat(RetentionPolicy.isDue(CLOSED, 5, null, sixYearsLater)).isTrue();
        assertThat(RetentionPolicy.isDue(CLOSED, 7, null, sixYearsLater)).isFalse();
        assertThat(RetentionPolicy.isDue(CLOSED, 2, null, Instant.parse("2023-03-10T13:00:00Z"))).isTrue();
    }

    @Test
    void anExtensionKeepsTheCaseUpToAndIncludingItsDate() {
        LocalDate until = LocalDate.of(2027, 1, 31);
        assertThat(RetentionPolicy.isDue(CLOSED, 5, until, FIVE_YEARS_LATER)).isFalse();
        assertThat(RetentionPolicy.isDue(CLOSED, 5, until, Instant.parse("2027-01-31T22:59:00Z"))).as("31 Jan, 23:59 Dutch time").isFalse();
        assertThat(RetentionPolicy.isDue(CLOSED, 5, until, Instant.parse("2027-01-31T23:00:00Z"))).as("1 Feb, 00:00 Dutch time").isTrue();
    }

    @Test
    void anExtensionThatEndedBeforeTheTermDoesNotShortenIt() {
        assertThat(RetentionPolicy.isDue(CLOSED, 5, LocalDate.of(2022, 1, 1), FIVE_YEARS_LATER.minusSeconds(60))).isFalse();
    }

    @Test
    void anOpenCaseIsNeverDue() {
        assertThat(RetentionPolicy.isDue(null, 5, null, FIVE_YEARS_LATER)).isFalse();
    }

    @Test
    void theRegularDestructionDateIsTheDutchDayTheTermEnds() {
        Instant lateEvening = Instant.parse("2021-03-10T23:30:00Z"); // 11 March, 00:30 in Amsterdam
        assertThat(RetentionPolicy.regularDestructionDate(lateEvening, 5)).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void theDestructionRecordNamesTablesAndCountsOnly() {
        Map<String, Integer> what = new LinkedHashMap<>();
        what.put("vh_case_subject", 2);
        what.put("vh_referral", 1);
        what.put("vh_case", 1);
        assertThat(Retention.describe(what))
                .isEqualTo("vh_case_subject: 2 rijen, vh_referral: 1 rij, vh_case: 1 rij (grafsteen: nummer, regio, soort, data en besluitcodes)");
    }

    @Test
    void theTombstoneKeepsTheCodeOfTheCloseReasonNotItsText() {
        assertThat(CaseFileDestroyer.reasonCode("INGETROKKEN: Sem is verhuisd naar Spanje")).isEqualTo("INGETROKKEN");
        assertThat(CaseFileDestroyer.reasonCode("AFGESLOTEN")).isEqualTo("AFGESLOTEN");
        assertThat(CaseFileDestroyer.reasonCode(null)).isNull();
    }
}
