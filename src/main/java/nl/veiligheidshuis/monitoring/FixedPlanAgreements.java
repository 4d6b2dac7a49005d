package nl.veiligheidshuis.monitoring;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The agreements of a plan version, read-only from the action plan's tables ({@code vh_plan}, {@code vh_agreement}).
 * The plan package offers no public read of a version's agreements for the process (its repositories are package
 * private and {@code PlanReader} reads for a professional, with need to know); until it does (requested:
 * {@code PlanService.agreementsOfVersion(caseId, version)}), this one class reads them with plain SQL and nothing
 * else of monitoring touches those tables.
 */
@Component
class FixedPlanAgreements {

    /** One agreement of the plan as monitoring needs it; free texts only for the forms of who may read them. */
    record PlannedAgreement(String key, String partner, LocalDate dueDate, String description, String forWhom, String lifeDomain,
            String kind) {
    }

    static final String FIXED = "FIXED";

    private final JdbcTemplate jdbc;

    FixedPlanAgreements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The status of a version of the case's plan, or null when the case has no such version. */
    String statusOf(Long caseId, int version) {
        List<String> status = jdbc.queryForList("select status from vh_plan where case_id = ? and version = ?", String.class, caseId,
                version);
        return status.isEmpty() ? null : status.get(0);
    }

    /** The version's agreements in the plan's order (slot). */
    List<PlannedAgreement> of(Long caseId, int version) {
        return jdbc.query("""
                select a.agreement_key, a.partner_group, a.due_date, a.description, a.for_whom, a.life_domain, a.intervention_kind
                from vh_agreement a join vh_plan p on p.id = a.plan_id
                where p.case_id = ? and p.version = ?
                order by a.slot""",
                (rs, row) -> new PlannedAgreement(rs.getString(1), rs.getString(2), toLocalDate(rs.getDate(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)),
                caseId, version);
    }

    private static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
