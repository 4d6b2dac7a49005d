package nl.veiligheidshuis.escalation;

import static nl.veiligheidshuis.escalation.EscalationProcess.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The steering group could not resolve it: the national meeting reviews it, without personal data. */
@Component(REQUEST_NATIONAL_REVIEW_DELEGATE)
class RequestNationalReviewDelegate implements JavaDelegate {

    private final NationalReviews nationalReviews;

    RequestNationalReviewDelegate(NationalReviews nationalReviews) {
        this.nationalReviews = nationalReviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> nonPersonal = new LinkedHashMap<>();
        EscalationNationalReviewProcess.INPUT_VARIABLES.forEach(name -> nonPersonal.put(name, execution.getVariableTyped(name)));
        nationalReviews.start((String) execution.getVariable(ESCALATION_REFERENCE), nonPersonal);
    }
}
