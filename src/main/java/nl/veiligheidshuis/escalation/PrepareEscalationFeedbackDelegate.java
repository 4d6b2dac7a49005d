package nl.veiligheidshuis.escalation;

import static nl.veiligheidshuis.escalation.EscalationProcess.*;
import static nl.veiligheidshuis.escalation.RegisterEscalationDelegate.text;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A resolved escalation: who carries the decision out and which partners are told (group ids only). */
@Component(PREPARE_ESCALATION_FEEDBACK_DELEGATE)
class PrepareEscalationFeedbackDelegate implements JavaDelegate {

    private final Escalations escalations;

    PrepareEscalationFeedbackDelegate(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Escalations.Feedback feedback = escalations.feedback((Long) execution.getVariable(ESCALATION_ID),
                text(execution, CASE_DIRECTOR_PARTNER));
        execution.setVariable(FEEDBACK_GROUP, feedback.group());
        execution.setVariable(PARTNERS_TO_INFORM, new ArrayList<>(feedback.partners()));
    }
}
