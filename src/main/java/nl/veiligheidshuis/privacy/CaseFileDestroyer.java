package nl.veiligheidshuis.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case file's own part of a destruction, last of all {@link CaseDataDestroyer}s: first it checks that no other
 * table still holds rows of the case or its people (a feature without destroyer), then it deletes the people,
 * referrals, contributions, involvement, retention extensions and idempotency answers of the case, and reduces the
 * case row to a tombstone: number, region, type, route, referring partner, status, dates and decision codes stay,
 * every free text and area description goes. The tombstone keeps the case number taken (rows of other features and
 * the access log still name it); the destruction record tells what went.
 */
@Component
class CaseFileDestroyer implements CaseDataDestroyer {

    /** The tables this destroyer empties itself, in this order. */
    static final List<String> OWN_TABLES = List.of("vh_case_subject", "vh_referral", "vh_case_contribution", "vh_case_involvement",
            "vh_retention_extension");
    static final String TOMBSTONE = "vh_case";

    private final JdbcTemplate jdbc;
    private final CaseDataReferences references;

    CaseFileDestroyer(JdbcTemplate jdbc, CaseDataReferences references) {
        this.jdbc = jdbc;
        this.references = references;
    }

    @Override
    public Map<String, Integer> destroyCase(long caseId, String caseNumber) {
        List<String> remaining = references.remainingOfCase(caseId, Set.copyOf(OWN_TABLES));
        if (!remaining.isEmpty()) {
            throw new IllegalStateException("Case " + caseNumber + " still has rows in " + remaining
                    + ": the feature that owns them must declare a CaseDataDestroyer");
        }
        Map<String, Integer> destroyed = new LinkedHashMap<>();
        for (String table : OWN_TABLES) {
            destroyed.put(table, jdbc.update("delete from " + table + " where case_id = ?", caseId));
        }
        destroyed.put("vh_idempotent_request", jdbc.update("delete from vh_idempotent_request where case_number = ?", caseNumber));
        String closeReason = jdbc.queryForObject("select close_reason from vh_case where id = ?", String.class, caseId);
        int tombstones = jdbc.update("""
                update vh_case set area_name = null, area_municipality = null, area_theme = null, complexity_rationale = null,
                    screening_override_reason = null, other_region_hit = null, close_reason = ?, version = version + 1
                where id = ?""", reasonCode(closeReason), caseId);
        destroyed.put(TOMBSTONE, tombstones);
        return destroyed;
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    /** "INGETROKKEN: free text" keeps "INGETROKKEN": the code, not the text. */
    static String reasonCode(String closeReason) {
        if (closeReason == null) {
            return null;
        }
        int colon = closeReason.indexOf(':');
        return (colon < 0 ? closeReason : closeReason.substring(0, colon)).trim();
    }
}
