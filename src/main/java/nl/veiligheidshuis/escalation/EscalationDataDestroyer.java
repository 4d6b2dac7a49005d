package nl.veiligheidshuis.escalation;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.veiligheidshuis.privacy.CaseDataDestroyer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At the end of a closed case's retention term its escalation records go with it (levels first), before the case
 * file's own tables. They hold nothing per person, so erasing one person leaves them to the case's destruction.
 */
@Component
class EscalationDataDestroyer implements CaseDataDestroyer {

    private final EscalationRepository escalations;
    private final EscalationLevelRepository levels;

    EscalationDataDestroyer(EscalationRepository escalations, EscalationLevelRepository levels) {
        this.escalations = escalations;
        this.levels = levels;
    }

    @Override
    @Transactional
    public Map<String, Integer> destroyCase(long caseId, String caseNumber) {
        Map<String, Integer> destroyed = new LinkedHashMap<>();
        destroyed.put("vh_escalation_level", levels.deleteByCase(caseId));
        destroyed.put("vh_escalation", escalations.deleteByCase(caseId));
        return destroyed;
    }
}
