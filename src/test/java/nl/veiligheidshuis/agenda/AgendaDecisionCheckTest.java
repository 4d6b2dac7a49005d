package nl.veiligheidshuis.agenda;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** The completion check of the adoption and the review: a known decision, and a reason with a send back. */
class AgendaDecisionCheckTest {

    final AgendaDecisionCheck check = new AgendaDecisionCheck();

    static DelegateTask task(String key, String decisionVariable, Object decision, Object reason) {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getTaskDefinitionKey()).thenReturn(key);
        when(task.getVariable(decisionVariable)).thenReturn(decision);
        when(task.getVariable(RegionalAgendaProcess.SENT_BACK_REASON)).thenReturn(reason);
        return task;
    }

    static DelegateTask adoption(Object decision, Object reason) {
        return task(RegionalAgendaProcess.USER_TASK_ADOPT_AGENDA, RegionalAgendaProcess.AGENDA_DECISION, decision, reason);
    }

    static DelegateTask review(Object decision) {
        return task(RegionalAgendaProcess.USER_TASK_REVIEW_AGENDA, RegionalAgendaProcess.REVIEW_DECISION, decision, null);
    }

    @Test
    void anAdoptionNeedsAKnownDecisionAndASendBackAReason() {
        assertThatCode(() -> check.notify(adoption("ADOPT", null))).doesNotThrowAnyException();
        assertThatCode(() -> check.notify(adoption("SEND_BACK", "Ondermijning ontbreekt"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check.notify(adoption(null, null))).isInstanceOf(BadUserRequestException.class)
                .hasMessage(AgendaDecisionCheck.ADOPT_MESSAGE);
        assertThatThrownBy(() -> check.notify(adoption("MAYBE", null))).isInstanceOf(BadUserRequestException.class);
        assertThatThrownBy(() -> check.notify(adoption("SEND_BACK", "  "))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("agendaSentBackReason: Geef een reden");
        assertThatThrownBy(() -> check.notify(adoption("SEND_BACK", "r".repeat(1001)))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("ten hoogste 1000");
    }

    @Test
    void aReviewNeedsKeepOrRevise() {
        assertThatCode(() -> check.notify(review("KEEP"))).doesNotThrowAnyException();
        assertThatCode(() -> check.notify(review("REVISE"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check.notify(review("ADOPT"))).isInstanceOf(BadUserRequestException.class)
                .hasMessage(AgendaDecisionCheck.REVIEW_MESSAGE);
    }
}
