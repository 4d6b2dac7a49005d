package nl.veiligheidshuis.covenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A partner takes part from the day it joined up to the day before it left; it may leave and join again. */
class CovenantsTest {

    static final LocalDate JOINED = LocalDate.of(2013, 1, 1);

    @Test
    void aPartnerTakesPartFromTheDayItJoinedWhileItHasNotLeft() {
        CovenantPartner member = new CovenantPartner("utrecht", "politie", JOINED, null);
        assertThat(member.covers(JOINED.minusDays(1))).isFalse();
        assertThat(member.covers(JOINED)).isTrue();
        assertThat(member.covers(LocalDate.of(2099, 12, 31))).isTrue();
    }

    @Test
    void theDayItLeftIsTheFirstDayItNoLongerTakesPart() {
        CovenantPartner former = new CovenantPartner("utrecht", "uwv", JOINED, LocalDate.of(2024, 7, 1));
        assertThat(former.covers(LocalDate.of(2024, 6, 30))).isTrue();
        assertThat(former.covers(LocalDate.of(2024, 7, 1))).isFalse();
    }

    @Test
    void aPartnerThatLeftAndJoinedAgainTakesPartInBothPeriodsOnly() {
        List<CovenantPartner> periods = List.of(new CovenantPartner("utrecht", "uwv", JOINED, LocalDate.of(2020, 1, 1)),
                new CovenantPartner("utrecht", "uwv", LocalDate.of(2022, 1, 1), null));
        assertThat(Covenants.participates(periods, LocalDate.of(2019, 12, 31))).isTrue();
        assertThat(Covenants.participates(periods, LocalDate.of(2021, 6, 1))).isFalse();
        assertThat(Covenants.participates(periods, LocalDate.of(2022, 1, 1))).isTrue();
    }

    @Test
    void aPartnerNotInTheRegisterDoesNotTakePart() {
        assertThat(Covenants.participates(List.of(), LocalDate.of(2026, 3, 2))).isFalse();
    }
}
