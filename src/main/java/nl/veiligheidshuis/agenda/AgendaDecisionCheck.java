package nl.veiligheidshuis.agenda;

import static nl.veiligheidshuis.agenda.RegionalAgendaProcess.*;

import java.util.List;
import nl.veiligheidshuis.casefile.FieldError;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of "Strategische agenda vaststellen" and "Agenda herijken" (form or engine REST): refuses it, with a
 * message, unless the decision is one the gateway after it knows, and a send back has a reason.
 */
@Component(AGENDA_DECISION_CHECK)
class AgendaDecisionCheck implements TaskListener {

    static final String ADOPT_MESSAGE = AGENDA_DECISION + ": Kies 'Agenda vaststellen' of 'Terugsturen naar de manager'";
    static final String REVIEW_MESSAGE = REVIEW_DECISION + ": Kies 'Agenda handhaven' of 'Agenda herzien'";

    @Override
    public void notify(DelegateTask task) {
        if (USER_TASK_REVIEW_AGENDA.equals(task.getTaskDefinitionKey())) {
            Object decision = task.getVariable(REVIEW_DECISION);
            if (!REVIEW_KEEP.equals(decision) && !REVIEW_REVISE.equals(decision)) {
                throw new BadUserRequestException(REVIEW_MESSAGE);
            }
            return;
        }
        Object decision = task.getVariable(AGENDA_DECISION);
        if (!DECISION_ADOPT.equals(decision) && !DECISION_SEND_BACK.equals(decision)) {
            throw new BadUserRequestException(ADOPT_MESSAGE);
        }
        if (DECISION_SEND_BACK.equals(decision)) {
            Object reason = task.getVariable(SENT_BACK_REASON);
            List<FieldError> errors = RegionalAgendas.checkReason(reason == null ? null : reason.toString());
            if (!errors.isEmpty()) {
                throw new BadUserRequestException(errors.get(0).field() + ": " + errors.get(0).message());
            }
        }
    }
}
