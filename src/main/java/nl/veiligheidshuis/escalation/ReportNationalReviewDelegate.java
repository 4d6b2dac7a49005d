package nl.veiligheidshuis.escalation;

import static nl.veiligheidshuis.escalation.EscalationProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Last step of {@code escalation-national-review}: the national decision, or its passed deadline, back to the region. */
@Component(REPORT_NATIONAL_REVIEW_DELEGATE)
class ReportNationalReviewDelegate implements JavaDelegate {

    private final Escalations escalations;
    private final NationalReviews nationalReviews;
    private final LevelHistory levelHistory;

    ReportNationalReviewDelegate(Escalations escalations, NationalReviews nationalReviews, LevelHistory levelHistory) {
        this.escalations = escalations;
        this.nationalReviews = nationalReviews;
        this.levelHistory = levelHistory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long escalationId = (Long) execution.getVariable(ESCALATION_ID);
        Map<String, Object> outcome = new HashMap<>();
        outcome.put(NATIONAL_REVIEW_TIMED_OUT, escalations.byId(escalationId).getStatus() == EscalationStatus.UNANSWERED);
        outcome.put(ESCALATION_DECISION, execution.getVariable(ESCALATION_DECISION));
        outcome.put(LEVEL_HISTORY, levelHistory.of(escalationId));
        nationalReviews.report(escalationId, outcome);
    }
}
