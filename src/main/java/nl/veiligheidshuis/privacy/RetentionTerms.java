package nl.veiligheidshuis.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each region's retention term in years ({@code vh_retention_term}, 5 for every region unless its steering group decides otherwise). */
@Component
class RetentionTerms {

    private final JdbcTemplate jdbc;

    RetentionTerms(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    OptionalInt yearsFor(String region) {
        return jdbc.query("select years from vh_retention_term where region_id = ?", (rs, n) -> rs.getInt(1), region).stream()
                .mapToInt(Integer::intValue).findFirst();
    }

    /** Region id to years, for every region with a term. */
    Map<String, Integer> all() {
        Map<String, Integer> terms = new LinkedHashMap<>();
        jdbc.query("select region_id, years from vh_retention_term order by region_id", rs -> {
            terms.put(rs.getString(1), rs.getInt(2));
        });
        return terms;
    }
}
