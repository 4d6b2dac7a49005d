package nl.veiligheidshuis.planning;

import java.util.Map;
import nl.veiligheidshuis.privacy.CaseDataDestroyer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** At the end of a closed case's retention term: the case leaves the week plannings it was in. */
@Component
class PlanningDataDestroyer implements CaseDataDestroyer {

    private final ConferenceSlotCaseRepository slotCases;

    PlanningDataDestroyer(ConferenceSlotCaseRepository slotCases) {
        this.slotCases = slotCases;
    }

    @Override
    @Transactional
    public Map<String, Integer> destroyCase(long caseId, String caseNumber) {
        return Map.of("vh_conference_slot_case", slotCases.deleteByCase(caseId));
    }
}
