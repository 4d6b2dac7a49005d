package nl.veiligheidshuis.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The planning: a moment in the future, the place, and the deadlines that follow from it. */
class ConferenceScheduleTest {

    /** Monday 2 March 2026, 09:00 in Amsterdam. */
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void aThursdayConferenceIsPreparedByWednesdayAndRemindedOnMonday() {
        ConferenceSchedule schedule = ConferenceSchedule.plan("12-03-2026", "10:00", "IN_PERSON", " Veiligheidshuis, zaal 2 ", NOW);

        assertThat(schedule.conferenceAt()).isEqualTo(Instant.parse("2026-03-12T09:00:00Z"));
        assertThat(schedule.preparationDue()).isEqualTo(Instant.parse("2026-03-11T09:00:00Z"));
        assertThat(schedule.reminderAt()).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
        assertThat(schedule.recordDue()).isEqualTo(Instant.parse("2026-03-13T09:00:00Z"));
        assertThat(schedule.location()).isEqualTo("Veiligheidshuis, zaal 2");
        assertThat(schedule.moment()).isEqualTo("donderdag 12 maart 2026 om 10:00, op locatie");
        assertThat(schedule.preparationDueText()).isEqualTo("woensdag 11 maart 2026 om 10:00");
    }

    @Test
    void theDateIsTypedTheDutchWayOrComesAsIsoFromAnApiClient() {
        assertThat(ConferenceSchedule.plan("12-3-2026", "10:00", "ONLINE", null, NOW).conferenceAt())
                .isEqualTo(ConferenceSchedule.plan("2026-03-12", "10:00", "ONLINE", null, NOW).conferenceAt());
    }

    @Test
    void aMondayConferenceIsPreparedByFridayAcrossTheWeekend() {
        ConferenceSchedule schedule = ConferenceSchedule.plan("2026-03-16", "09:30", "ONLINE", null, NOW);

        assertThat(schedule.preparationDue()).isEqualTo(Instant.parse("2026-03-13T08:30:00Z"));
        assertThat(schedule.location()).isNull();
        assertThat(schedule.moment()).isEqualTo("maandag 16 maart 2026 om 09:30, online");
    }

    @Test
    void summerTimeIsHonoured() {
        assertThat(ConferenceSchedule.plan("2026-04-09", "10:00", "ONLINE", null, NOW).conferenceAt())
                .isEqualTo(Instant.parse("2026-04-09T08:00:00Z"));
    }

    @Test
    void aConferenceAtShortNoticeGivesThePartnersHalfTheRemainingTime() {
        // tomorrow 10:00: due today 10:00 (one working day before, still ahead); the reminder halfway until then
        ConferenceSchedule tomorrow = ConferenceSchedule.plan("2026-03-03", "10:00", "ONLINE", null, NOW);
        assertThat(tomorrow.preparationDue()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(tomorrow.reminderAt()).isEqualTo(Instant.parse("2026-03-02T08:30:00Z"));

        // today 13:00: one working day before has passed; due halfway until the conference, reminded halfway until then
        ConferenceSchedule today = ConferenceSchedule.plan("2026-03-02", "13:00", "ONLINE", null, NOW);
        assertThat(today.preparationDue()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(today.reminderAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void theTimeMayComeWithSecondsASingleDigitHourOrTheLocalOffset() {
        assertThat(ConferenceSchedule.plan("2026-03-12", "10:00:00", "ONLINE", null, NOW).conferenceAt())
                .isEqualTo(Instant.parse("2026-03-12T09:00:00Z"));
        assertThat(ConferenceSchedule.plan("2026-03-12", "9:15", "ONLINE", null, NOW).conferenceAt())
                .isEqualTo(Instant.parse("2026-03-12T08:15:00Z"));
        assertThat(ConferenceSchedule.plan("2026-03-12", "10:00+01:00", "ONLINE", null, NOW).conferenceAt())
                .isEqualTo(Instant.parse("2026-03-12T09:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a moment in the past           | 2026-03-02 | 08:00 | ONLINE    | x | conferenceDate     | Het casusoverleg moet in de toekomst liggen
        a typing error in the year     | 2062-03-12 | 10:00 | ONLINE    | x | conferenceDate     | Plan het casusoverleg binnen 6 maanden (controleer het jaar)
        no date                        |            | 10:00 | ONLINE    | x | conferenceDate     | Geef de datum van het casusoverleg
        a date that is no date         | 12 maart   | 10:00 | ONLINE    | x | conferenceDate     | Typ de datum als dd-mm-jjjj, bijvoorbeeld 12-03-2026
        an impossible date             | 30-02-2026 | 10:00 | ONLINE    | x | conferenceDate     | Typ de datum als dd-mm-jjjj, bijvoorbeeld 12-03-2026
        an American date               | 03/12/2026 | 10:00 | ONLINE    | x | conferenceDate     | Typ de datum als dd-mm-jjjj, bijvoorbeeld 12-03-2026
        no time                        | 2026-03-12 |       | ONLINE    | x | conferenceTime     | Geef het tijdstip van het casusoverleg
        a time that is no time         | 2026-03-12 | 25:00 | ONLINE    | x | conferenceTime     | Geef het tijdstip als uu:mm, bijvoorbeeld 10:00
        no mode                        | 2026-03-12 | 10:00 |           | x | conferenceMode     | Kies of het overleg op locatie of online is
        on site without a location     | 2026-03-12 | 10:00 | IN_PERSON |   | conferenceLocation | Geef de locatie van het casusoverleg
        """)
    void wrongPlanningGetsAMessageOnItsField(String scenario, String date, String time, String mode, String location, String field,
            String message) {
        assertThatThrownBy(() -> ConferenceSchedule.plan(date, time, mode, location, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors()).containsExactly(new FieldError(field, message)));
    }

    @Test
    void severalWrongFieldsGetOneMessageEach() {
        assertThatThrownBy(() -> ConferenceSchedule.plan(null, null, "BY_PIGEON", "x".repeat(401), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors()).extracting(FieldError::field)
                        .containsExactly("conferenceDate", "conferenceTime", "conferenceMode", "conferenceLocation"));
    }
}
