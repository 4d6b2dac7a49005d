package nl.veiligheidshuis.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.veiligheidshuis.privacy.CaseDataDestroyer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** At the end of a closed case's retention term: the monitoring's rows of the case go with it. */
@Component
class MonitoringDataDestroyer implements CaseDataDestroyer {

    private final AgreementTrackingRepository trackings;
    private final MonitoringEvaluationRepository evaluations;
    private final CaseClosureRepository closures;
    private final CaseStatusRepository statuses;

    MonitoringDataDestroyer(AgreementTrackingRepository trackings, MonitoringEvaluationRepository evaluations, CaseClosureRepository closures,
            CaseStatusRepository statuses) {
        this.trackings = trackings;
        this.evaluations = evaluations;
        this.closures = closures;
        this.statuses = statuses;
    }

    @Override
    @Transactional
    public Map<String, Integer> destroyCase(long caseId, String caseNumber) {
        Map<String, Integer> destroyed = new LinkedHashMap<>();
        destroyed.put("vh_agreement_tracking", trackings.deleteByCase(caseId));
        destroyed.put("vh_monitoring_evaluation", evaluations.deleteByCase(caseId));
        destroyed.put("vh_case_closure", closures.deleteByCase(caseId));
        destroyed.put("vh_case_status", statuses.deleteByCase(caseId));
        return destroyed;
    }
}
