package nl.veiligheidshuis.escalation;

import static nl.veiligheidshuis.escalation.EscalationProcess.*;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/** The variables an escalation starts with: ids, region (id and name), level, reason and the partner that escalated; never texts. */
final class EscalationVariables {

    private EscalationVariables() {
    }

    static Map<String, Object> atStart(Escalation escalation, CaseDirector caseDirector, String regionName) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(ESCALATION_ID, escalation.getId());
        variables.put(ESCALATION_REFERENCE, escalation.reference());
        variables.put(ESCALATION_KIND, escalation.getKind().name());
        variables.put(REGION, escalation.getRegionId());
        variables.put(REGION_NAME, regionName);
        variables.put(CURRENT_LEVEL, escalation.getStartLevel().name());
        variables.put(REASON, escalation.getReason().name());
        variables.put(ESCALATING_PARTNER, escalation.getEscalatingPartner());
        variables.put(ESCALATED_AT, Date.from(escalation.getEscalatedAt()));
        variables.put(TASK_PRIORITY, escalation.getReason().taskPriority());
        if (escalation.getKind() == EscalationKind.CASE) {
            variables.put(CASE_ID, escalation.getCaseId());
            variables.put(CASE_NUMBER, escalation.getCaseNumber());
            if (escalation.getAgreementRef() != null) {
                variables.put(AGREEMENT_REF, escalation.getAgreementRef());
            }
        }
        if (caseDirector != null && caseDirector.partner() != null) {
            variables.put(CASE_DIRECTOR_PARTNER, caseDirector.partner());
        }
        if (caseDirector != null && caseDirector.userId() != null) {
            variables.put(CASE_DIRECTOR_USER, caseDirector.userId());
        }
        return variables;
    }
}
