package nl.veiligheidshuis.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.sql.DataSource;
import nl.veiligheidshuis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** On PostgreSQL every connection of the application runs without JIT compilation and sorts in 16 MB (docs/performance.md). */
@IntegrationTest
class PostgresSessionSettingsTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyPostgresConnectionHasJitOffAndSixteenMegabytesToSortIn() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        assumeTrue("PostgreSQL".equals(product), "a PostgreSQL setting; this run uses " + product);
        for (int i = 0; i < 5; i++) {
            assertThat(jdbc.queryForObject("select current_setting('jit')", String.class)).isEqualTo("off");
            assertThat(jdbc.queryForObject("select current_setting('work_mem')", String.class)).isEqualTo("16MB");
        }
    }
}
