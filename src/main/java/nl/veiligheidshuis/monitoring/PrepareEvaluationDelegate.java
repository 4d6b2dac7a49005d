package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;

import java.util.List;
import nl.veiligheidshuis.monitoring.Evaluations.Overview;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Before each evaluation: the state of the agreements for the director's form; the previous cycle's answer is forgotten. */
@Component(PREPARE_EVALUATION_DELEGATE)
class PrepareEvaluationDelegate implements JavaDelegate {

    private final Evaluations evaluations;

    PrepareEvaluationDelegate(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Overview overview = evaluations.overview((Long) execution.getVariable(CASE_ID), (Integer) execution.getVariable(PLAN_VERSION));
        execution.removeVariables(List.of(EVALUATION_DECISION, EVALUATION_FOLLOWED_UP));
        execution.setVariable(MONITORING_AGREEMENTS, MonitoringValues.json(overview.agreements()));
        execution.setVariable(MONITORING_COUNTS, MonitoringValues.json(overview.counts()));
    }
}
