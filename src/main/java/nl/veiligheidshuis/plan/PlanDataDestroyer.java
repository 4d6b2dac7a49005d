package nl.veiligheidshuis.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.veiligheidshuis.privacy.CaseDataDestroyer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At the end of a closed case's retention term its plan goes with it: every version with goals, agreements,
 * confirmations and named family member, and the links to other cases in both directions (a link is an id pair,
 * but it points at the destroyed case). A family member of another case's plan that became this case keeps its
 * row there, without the pointer. Erasing one person removes the plan's record that pointed at that person's row.
 */
@Component
class PlanDataDestroyer implements CaseDataDestroyer {

    private static final String OF_CASE = "plan_id in (select id from vh_plan where case_id = ?)";

    private final JdbcTemplate jdbc;

    PlanDataDestroyer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Map<String, Integer> destroyCase(long caseId, String caseNumber) {
        Map<String, Integer> destroyed = new LinkedHashMap<>();
        destroyed.put("vh_plan_confirmation", jdbc.update("delete from vh_plan_confirmation where " + OF_CASE, caseId));
        destroyed.put("vh_agreement", jdbc.update("delete from vh_agreement where " + OF_CASE, caseId));
        destroyed.put("vh_plan_goal", jdbc.update("delete from vh_plan_goal where " + OF_CASE, caseId));
        destroyed.put("vh_linked_case", jdbc.update("delete from vh_linked_case where case_id = ? or linked_case_id = ?", caseId, caseId));
        destroyed.put("vh_plan_family_member", jdbc.update("delete from vh_plan_family_member where " + OF_CASE, caseId)
                + jdbc.update("update vh_plan_family_member set linked_case_id = null where linked_case_id = ?", caseId));
        destroyed.put("vh_plan", jdbc.update("delete from vh_plan where case_id = ?", caseId));
        return destroyed;
    }

    @Override
    @Transactional
    public Map<String, Integer> erasePerson(long caseId, long subjectId) {
        return Map.of("vh_plan_family_member", jdbc.update("delete from vh_plan_family_member where subject_id = ?", subjectId));
    }
}
