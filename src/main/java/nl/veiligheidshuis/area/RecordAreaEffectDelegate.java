package nl.veiligheidshuis.area;

import static nl.veiligheidshuis.area.AreaApproachProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Effect vastleggen": done, or a new analysis round; the note moves into {@code vh_area_approach}. For a new round the
 * variables of the previous one are removed, so the new analysis starts clean.
 */
@Component(RECORD_AREA_EFFECT_DELEGATE)
class RecordAreaEffectDelegate implements JavaDelegate {

    private final AreaApproaches approaches;
    private final CurrentCaller currentCaller;

    RecordAreaEffectDelegate(AreaApproaches approaches, CurrentCaller currentCaller) {
        this.approaches = approaches;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long approachId = ((Number) execution.getVariable(APPROACH_ID)).longValue();
        EffectOutcome outcome = UserInput.checked(() -> approaches.recordEffect(approachId, AreaVariables.text(execution, EFFECT_OUTCOME),
                AreaVariables.text(execution, EFFECT_NOTE), currentCaller.get()));
        execution.removeVariable(EFFECT_NOTE);
        if (outcome == EffectOutcome.NEW_ANALYSIS) {
            execution.removeVariables(java.util.List.of(APPROACH_TYPE, ADMINISTRATOR_RESPONSE, FOLLOW_UP_DUE));
        }
    }
}
