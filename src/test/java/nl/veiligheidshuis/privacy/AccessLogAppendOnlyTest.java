package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.veiligheidshuis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** On PostgreSQL, the database itself refuses to change or remove access log entries. */
@IntegrationTest
@EnabledIfSystemProperty(named = "vh.test.database", matches = "postgres")
class AccessLogAppendOnlyTest {

    @Autowired
    AccessLog accessLog;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheAccessLog() {
        accessLog.record("politie.utrecht", List.of("politie"), "VH-2026-999999", null, AccessAction.READ, AccessLog.Channel.API, "test");
        long entries = jdbc.queryForObject("select count(*) from vh_access_log", Long.class);

        assertThatThrownBy(() -> jdbc.update("update vh_access_log set user_id = 'iemand' where case_number = 'VH-2026-999999'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from vh_access_log where case_number = 'VH-2026-999999'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate vh_access_log")).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from vh_access_log", Long.class)).isEqualTo(entries);
    }
}
