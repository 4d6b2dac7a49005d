package nl.veiligheidshuis.area;

import static nl.veiligheidshuis.area.AreaApproachProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Advies verzenden": the advice moves into {@code vh_area_approach} (sent now) and leaves the engine. */
@Component(SEND_AREA_ADVICE_DELEGATE)
class SendAreaAdviceDelegate implements JavaDelegate {

    private final AreaApproaches approaches;
    private final CurrentCaller currentCaller;

    SendAreaAdviceDelegate(AreaApproaches approaches, CurrentCaller currentCaller) {
        this.approaches = approaches;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long approachId = ((Number) execution.getVariable(APPROACH_ID)).longValue();
        UserInput.checked(() -> approaches.sendAdvice(approachId, AreaVariables.text(execution, ADVICE_TEXT), currentCaller.get()));
        execution.removeVariable(ADVICE_TEXT);
    }
}
