package nl.veiligheidshuis.agenda;

import static nl.veiligheidshuis.agenda.RegionalAgendaProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Terugsturen vastleggen": the steering group's reason is kept with the draft version (a reason is required). */
@Component(RECORD_AGENDA_SEND_BACK_DELEGATE)
class RecordAgendaSendBackDelegate implements JavaDelegate {

    private final RegionalAgendas agendas;
    private final CurrentCaller currentCaller;

    RecordAgendaSendBackDelegate(RegionalAgendas agendas, CurrentCaller currentCaller) {
        this.agendas = agendas;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UserInput.checked(() -> agendas.sendBack((Long) execution.getVariable(AGENDA_ID), (String) execution.getVariable(SENT_BACK_REASON),
                currentCaller.userIdOrSystem()));
    }
}
