package nl.veiligheidshuis.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The moments of an agreement and of the evaluation cycle, in Dutch time, over summer time too. */
class ScheduleTest {

    static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void anAgreementIsDueAtTheEndOfTheWorkingDayOfItsDueDateInDutchTime() {
        assertThat(Schedule.dueAt(LocalDate.of(2026, 3, 16))).isEqualTo(Instant.parse("2026-03-16T16:00:00Z"));
        // after the switch to summer time (29 March 2026) 17:00 is 15:00 UTC
        assertThat(Schedule.dueAt(LocalDate.of(2026, 4, 6))).isEqualTo(Instant.parse("2026-04-06T15:00:00Z"));
    }

    @Test
    void theReminderComesThreeDaysBeforeInTheMorningButNeverBeforeTheTrackingStarts() {
        assertThat(Schedule.reminderAt(LocalDate.of(2026, 3, 16), MONDAY_MORNING)).isEqualTo(Instant.parse("2026-03-13T08:00:00Z"));
        assertThat(Schedule.reminderAt(LocalDate.of(2026, 3, 4), MONDAY_MORNING)).as("due within three days").isEqualTo(MONDAY_MORNING);
    }

    @Test
    void anUnreportedAgreementEscalatesAWeekAfterItsDueDate() {
        assertThat(Schedule.escalationAt(LocalDate.of(2026, 3, 16))).isEqualTo(Instant.parse("2026-03-23T16:00:00Z"));
        assertThat(Schedule.escalationAt(LocalDate.of(2026, 3, 16))).isEqualTo(Schedule.dueAt(LocalDate.of(2026, 3, 16)).plusSeconds(7 * 86_400));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "P14D, 2026-03-16T08:00:00Z",
        "P42D, 2026-04-13T08:00:00Z",
        "PT8H, 2026-03-02T16:00:00Z",
        // months are calendar months in Dutch time (java.time.Duration cannot parse them; the engine's timers can)
        "P1M, 2026-04-02T07:00:00Z",
        "P3M, 2026-06-02T07:00:00Z",
        "P6M, 2026-09-02T07:00:00Z"})
    void anIntervalOfTheTableIsAddedAsTheEngineReadsIt(String interval, String expected) {
        assertThat(Schedule.after(MONDAY_MORNING, interval)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void aMissingOrInvalidIntervalIsATechnicalFault() {
        assertThatThrownBy(() -> Schedule.after(MONDAY_MORNING, null)).isInstanceOf(IllegalStateException.class).hasMessageContaining("no interval");
        assertThatThrownBy(() -> Schedule.after(MONDAY_MORNING, "zes weken")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zes weken");
    }

    @Test
    void openCountsEveryUnreportedAgreementAndOverdueOnlyThosePastTheirDate() {
        StatusCounts counts = StatusCounts.of(java.util.Map.of(AgreementState.OPEN, 3, AgreementState.OVERDUE, 2, AgreementState.DONE, 4,
                AgreementState.PARTLY, 1, AgreementState.NOT_DONE, 1));
        assertThat(counts).isEqualTo(new StatusCounts(5, 2, 4, 1, 1));
        assertThat(counts.total()).isEqualTo(11);
    }

    @Test
    void noAftercareCheckAfterADeathOrAMoveToAnotherRegion() {
        assertThat(java.util.Arrays.stream(CloseReason.values()).filter(CloseReason::needsAftercare))
                .containsExactlyInAnyOrder(CloseReason.GOALS_REACHED, CloseReason.REGULAR_CARE, CloseReason.LONG_DETENTION,
                        CloseReason.WITHDRAWN_BY_REFERRER);
    }
}
