package nl.veiligheidshuis.casefile;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Case numbers {@code VH-<year>-<6 digits>}: drawn from a database sequence, so they are unique and safe under
 * concurrent referrals on every node; a rolled-back referral leaves a gap, which is allowed.
 */
@Component
public class CaseNumbers {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String nextValueSql;

    CaseNumbers(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.nextValueSql = isPostgres(dataSource) ? "select nextval('vh_case_number_seq')" : "select next value for vh_case_number_seq";
    }

    public String next() {
        long value = Objects.requireNonNull(jdbc.queryForObject(nextValueSql, Long.class));
        int year = ZonedDateTime.now(clock).withZoneSameInstant(NETHERLANDS).getYear();
        return format(year, value);
    }

    static String format(int year, long sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalStateException("Case number sequence out of the six-digit range: " + sequence);
        }
        return String.format("VH-%04d-%06d", year, sequence);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return product != null && product.toLowerCase().contains("postgres");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot determine the database product", e);
        }
    }
}
