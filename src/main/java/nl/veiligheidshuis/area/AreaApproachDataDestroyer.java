package nl.veiligheidshuis.area;

import java.util.Map;
import nl.veiligheidshuis.privacy.CaseDataDestroyer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** At the end of a closed case's retention term: its area approaches go with it. */
@Component
class AreaApproachDataDestroyer implements CaseDataDestroyer {

    private final AreaApproachRepository approaches;

    AreaApproachDataDestroyer(AreaApproachRepository approaches) {
        this.approaches = approaches;
    }

    @Override
    @Transactional
    public Map<String, Integer> destroyCase(long caseId, String caseNumber) {
        return Map.of("vh_area_approach", approaches.deleteByCase(caseId));
    }
}
