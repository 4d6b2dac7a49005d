package nl.veiligheidshuis.agenda;

import static nl.veiligheidshuis.agenda.RegionalAgendaProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Concept-agenda vastleggen", in the drafting task's transaction: a draft that breaks a rule fails the completion with
 * its messages (the task stays); a valid one is stored, and its rows leave the engine for a summary.
 */
@Component(RECORD_AGENDA_DRAFT_DELEGATE)
class RecordAgendaDraftDelegate implements JavaDelegate {

    private final RegionalAgendas agendas;
    private final CurrentCaller currentCaller;

    RecordAgendaDraftDelegate(RegionalAgendas agendas, CurrentCaller currentCaller) {
        this.agendas = agendas;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long agendaId = (Long) execution.getVariable(AGENDA_ID);
        RegionalAgendas.Recorded recorded = UserInput.checked(() -> agendas.recordDraft(agendaId,
                AgendaForm.parse(execution.getVariables()), currentCaller.userIdOrSystem()));
        execution.removeVariables(slotVariables());
        execution.removeVariable(AGENDA_DECISION);
        execution.removeVariable(SENT_BACK_REASON);
        execution.setVariable(PRIORITY_COUNT, recorded.priorityCount());
        execution.setVariable(AGENDA_SUMMARY, recorded.summary());
    }
}
