package nl.veiligheidshuis.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The application's tables that point at a case ({@code vh_case}) or at a person in a case
 * ({@code vh_case_subject}), read from the database's foreign keys, so that destruction and erasure can check that
 * nothing of a case or person is left behind, whatever features have added tables since.
 */
@Component
class CaseDataReferences {

    /** A foreign key column of an application table to {@code vh_case} or {@code vh_case_subject}. */
    record Reference(String table, String column, String target) {
    }

    static final String CASE_TABLE = "vh_case";
    static final String SUBJECT_TABLE = "vh_case_subject";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    CaseDataReferences(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Tables (other than the given ones) that still hold rows pointing at the case or its people: "table.column (n)". */
    List<String> remainingOfCase(long caseId, Set<String> except) {
        List<String> remaining = new ArrayList<>();
        for (Reference reference : references()) {
            if (except.contains(reference.table())) {
                continue;
            }
            Long count = CASE_TABLE.equals(reference.target())
                    ? jdbc.queryForObject("select count(*) from " + reference.table() + " where " + reference.column() + " = ?", Long.class,
                            caseId)
                    : jdbc.queryForObject("select count(*) from " + reference.table() + " where " + reference.column()
                            + " in (select id from vh_case_subject where case_id = ?)", Long.class, caseId);
            if (count != null && count > 0) {
                remaining.add(reference.table() + "." + reference.column() + " (" + count + ")");
            }
        }
        return remaining;
    }

    /** Tables that still hold rows pointing at one person's row. */
    List<String> remainingOfPerson(long subjectId) {
        List<String> remaining = new ArrayList<>();
        for (Reference reference : references()) {
            if (!SUBJECT_TABLE.equals(reference.target())) {
                continue;
            }
            Long count = jdbc.queryForObject("select count(*) from " + reference.table() + " where " + reference.column() + " = ?",
                    Long.class, subjectId);
            if (count != null && count > 0) {
                remaining.add(reference.table() + "." + reference.column() + " (" + count + ")");
            }
        }
        return remaining;
    }

    /** Read afresh each time (a few metadata queries): a table added since start-up counts at once. */
    List<Reference> references() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            List<Reference> found = new ArrayList<>();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (table.toLowerCase(Locale.ROOT).startsWith("vh_")) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet rs = meta.getImportedKeys(connection.getCatalog(), schema, table)) {
                    while (rs.next()) {
                        String target = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        if (CASE_TABLE.equals(target) || SUBJECT_TABLE.equals(target)) {
                            found.add(new Reference(table.toLowerCase(Locale.ROOT), rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                                    target));
                        }
                    }
                }
            }
            return List.copyOf(found);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the foreign keys of the application's tables", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
