package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import nl.veiligheidshuis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The access log keeps an entry 5 years (whole days, Dutch time) and then removes it; nothing younger goes. */
@IntegrationTest
class AccessLogPurgeTest {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Autowired
    AccessLogPurge purge;

    @Autowired
    AccessLogRepository entries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    /** Writes an entry as if it had been logged at that Dutch date and time; returns its marker (the user id). */
    private String entryAt(LocalDate day, LocalTime time) {
        String marker = "purge-" + UUID.randomUUID();
        entries.save(new AccessLogEntry(day.atTime(time).atZone(NETHERLANDS).toInstant(), marker, "politie", "VH-2020-000001", 7L,
                AccessAction.READ, "API", "casus gelezen"));
        return marker;
    }

    private boolean exists(String marker) {
        return jdbc.queryForObject("select count(*) from vh_access_log where user_id = ?", Long.class, marker) == 1;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NETHERLANDS));
    }

    @Test
    void anEntryOfFiveYearsAndADayAgoIsRemovedOneOfFiveYearsMinusADayStays() {
        LocalDate fiveYearsAgo = today().minusYears(5);
        String older = entryAt(fiveYearsAgo.minusDays(1), LocalTime.of(12, 0));
        String lastMinuteOfTheOldDay = entryAt(fiveYearsAgo.minusDays(1), LocalTime.of(23, 59));
        String firstMinuteOfTheKeptDay = entryAt(fiveYearsAgo, LocalTime.of(0, 1));
        String younger = entryAt(fiveYearsAgo.plusDays(1), LocalTime.of(12, 0));
        long purgeEntries = purgeEntries();

        AccessLogPurge.Run run = purge.purge();

        assertThat(run.keptFrom()).isEqualTo(fiveYearsAgo);
        assertThat(run.purged()).isGreaterThanOrEqualTo(2);
        assertThat(exists(older)).isFalse();
        assertThat(exists(lastMinuteOfTheOldDay)).as("whole days: the day before the kept day goes").isFalse();
        assertThat(exists(firstMinuteOfTheKeptDay)).as("whole days: the kept day stays in full").isTrue();
        assertThat(exists(younger)).isTrue();

        // one entry of what was purged: a count and a date, no personal data
        assertThat(purgeEntries()).isEqualTo(purgeEntries + 1);
        Map<String, Object> entry = jdbc.queryForMap("select purpose, user_id, organisation, case_number, subject_id, channel from vh_access_log "
                + "where action = 'DELETE' and purpose like 'toegangslog opgeschoond%' order by id desc fetch first 1 rows only");
        assertThat(entry.get("purpose")).isEqualTo("toegangslog opgeschoond: " + run.purged() + " regels van vóór "
                + fiveYearsAgo.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + " verwijderd (bewaartermijn 5 jaar)");
        assertThat(entry.get("user_id")).isEqualTo("system");
        assertThat(entry.get("channel")).isEqualTo("PROCESS");
        assertThat(entry.get("organisation")).isNull();
        assertThat(entry.get("case_number")).isNull();
        assertThat(entry.get("subject_id")).isNull();

        // nothing left to purge: nothing removed, nothing logged
        assertThat(purge.purge().purged()).isZero();
        assertThat(purgeEntries()).isEqualTo(purgeEntries + 1);
    }

    @Test
    void moreThanOneBatchIsRemovedInOneRun() {
        Instant old = today().minusYears(6).atStartOfDay(NETHERLANDS).toInstant();
        for (int i = 0; i <= AccessLogPurge.BATCH; i++) {
            entries.save(new AccessLogEntry(old, "purge-batch", null, null, null, AccessAction.READ, "API", "casus gelezen"));
        }

        AccessLogPurge.Run run = purge.purge();

        assertThat(run.purged()).isGreaterThanOrEqualTo(AccessLogPurge.BATCH + 1);
        assertThat(jdbc.queryForObject("select count(*) from vh_access_log where user_id = 'purge-batch'", Long.class)).isZero();
    }

    @Test
    void onPostgresqlTheDatabaseStillRefusesToRemoveAYoungerEntryOrToChangeAnyEntry() {
        assumeTrue("postgres".equals(System.getProperty("vh.test.database")), "the database's own guard exists on PostgreSQL only");
        LocalDate fiveYearsAgo = today().minusYears(5);
        String kept = entryAt(fiveYearsAgo, LocalTime.of(0, 1));
        String old = entryAt(fiveYearsAgo.minusDays(1), LocalTime.of(23, 59));

        assertThatThrownBy(() -> jdbc.update("delete from vh_access_log where user_id = ?", kept)).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update vh_access_log set purpose = 'gewijzigd' where user_id = ?", old))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update vh_access_log set occurred_at = occurred_at - interval '10 years' where user_id = ?", kept))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate vh_access_log")).hasMessageContaining("append-only");
        assertThat(exists(kept)).isTrue();
        assertThat(exists(old)).isTrue();
        // what the purge does: only entries past their term
        assertThat(jdbc.update("delete from vh_access_log where user_id = ?", old)).isEqualTo(1);
    }

    private long purgeEntries() {
        return jdbc.queryForObject("select count(*) from vh_access_log where action = 'DELETE' and purpose like 'toegangslog opgeschoond%'", Long.class);
    }
}
