package nl.veiligheidshuis.escalation;

import static nl.veiligheidshuis.escalation.EscalationProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step of {@code escalation}. A start by the application ({@link EscalationStarter}) is only confirmed here;
 * the VH manager's Tasklist start form is checked and registered here, synchronously, so a wrong form fails the start
 * with its messages and stores nothing. The description leaves the engine at once.
 */
@Component(REGISTER_ESCALATION_DELEGATE)
class RegisterEscalationDelegate implements JavaDelegate {

    private final Escalations escalations;
    private final CurrentCaller currentCaller;

    RegisterEscalationDelegate(Escalations escalations, CurrentCaller currentCaller) {
        this.escalations = escalations;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object id = execution.getVariable(ESCALATION_ID);
        if (id != null) {
            UserInput.checked(() -> escalations.confirmStart(id instanceof Long l ? l : null, execution.getTenantId(),
                    execution.getProcessInstanceId()));
            return;
        }
        StructuralEscalationRequest form = new StructuralEscalationRequest(text(execution, REGION), text(execution, CURRENT_LEVEL),
                text(execution, REASON), text(execution, ESCALATION_DESCRIPTION));
        Escalation escalation = UserInput.checked(() -> escalations.raiseStructural(form, currentCaller.get()));
        escalations.attachProcess(escalation.getId(), execution.getProcessInstanceId());
        execution.removeVariable(ESCALATION_DESCRIPTION);
        execution.setProcessBusinessKey(escalation.businessKey());
        execution.setVariables(EscalationVariables.atStart(escalation, CaseDirector.UNKNOWN, escalations.regionName(escalation.getRegionId())));
    }

    static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}
