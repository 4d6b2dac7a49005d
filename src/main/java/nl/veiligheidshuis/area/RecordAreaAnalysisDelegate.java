package nl.veiligheidshuis.area;

import static nl.veiligheidshuis.area.AreaApproachProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Gebiedsanalyse vastleggen": in the transaction of the completed analysis; a missing or too long text fails the
 * completion with a message. The analysis moves into {@code vh_area_approach} and leaves the engine.
 */
@Component(RECORD_AREA_ANALYSIS_DELEGATE)
class RecordAreaAnalysisDelegate implements JavaDelegate {

    private final AreaApproaches approaches;
    private final CurrentCaller currentCaller;

    RecordAreaAnalysisDelegate(AreaApproaches approaches, CurrentCaller currentCaller) {
        this.approaches = approaches;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long approachId = ((Number) execution.getVariable(APPROACH_ID)).longValue();
        UserInput.checked(() -> approaches.recordAnalysis(approachId, AreaVariables.text(execution, ANALYSIS_SUMMARY),
                AreaVariables.text(execution, APPROACH_TYPE), currentCaller.get()));
        execution.removeVariable(ANALYSIS_SUMMARY);
    }
}
