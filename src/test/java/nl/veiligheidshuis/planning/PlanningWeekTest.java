package nl.veiligheidshuis.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import nl.veiligheidshuis.casefile.InvalidInputException;
import org.junit.jupiter.api.Test;

class PlanningWeekTest {

    @Test
    void anIsoWeekRunsFromMondayInDutchTime() {
        PlanningWeek week = PlanningWeek.parse("2026-W49");

        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(week.end()).isEqualTo(Instant.parse("2026-12-06T23:00:00Z"));
        assertThat(week).hasToString("2026-W49");
        assertThat(PlanningWeek.of(Instant.parse("2026-11-30T06:00:00Z"))).isEqualTo(week);
        // Sunday 29 November 2026, 23:30 in Amsterdam still belongs to week 48
        assertThat(PlanningWeek.of(Instant.parse("2026-11-29T22:30:00Z"))).hasToString("2026-W48");
        assertThat(PlanningWeek.parse("2027-W01").monday()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void week53ExistsOnlyInLongYears() {
        assertThat(PlanningWeek.parse("2026-W53").monday()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThatThrownBy(() -> PlanningWeek.parse("2027-W53")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("week: 2027 heeft de weken W01 tot en met W52");
    }

    @Test
    void aMissingOrMalformedWeekIsRefusedWithAMessageForTheField() {
        for (String wrong : new String[] {null, "", "2026-49", "2026-W4", "2026W49", "2026-W00", "1999-W10", "week 49", "2026-W49 "}) {
            if ("2026-W49 ".equals(wrong)) {
                assertThat(PlanningWeek.parse(wrong)).hasToString("2026-W49");
                continue;
            }
            assertThatThrownBy(() -> PlanningWeek.parse(wrong)).as(String.valueOf(wrong)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).getErrors()).extracting(error -> error.field()).containsExactly("week"));
        }
    }
}
