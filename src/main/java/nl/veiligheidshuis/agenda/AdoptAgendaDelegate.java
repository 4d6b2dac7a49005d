package nl.veiligheidshuis.agenda;

import static nl.veiligheidshuis.agenda.RegionalAgendaProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Agenda vastleggen": the draft becomes the region's ADOPTED agenda for the period; the one adopted before is superseded. */
@Component(ADOPT_AGENDA_DELEGATE)
class AdoptAgendaDelegate implements JavaDelegate {

    private final RegionalAgendas agendas;
    private final CurrentCaller currentCaller;

    AdoptAgendaDelegate(RegionalAgendas agendas, CurrentCaller currentCaller) {
        this.agendas = agendas;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        agendas.adopt((Long) execution.getVariable(AGENDA_ID), currentCaller.userIdOrSystem());
        execution.removeVariable(REVIEW_DECISION);
    }
}
