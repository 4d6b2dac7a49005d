package nl.veiligheidshuis.process;

import static nl.veiligheidshuis.agenda.RegionalAgendaProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.process.support.ProcessCoverage;
import nl.veiligheidshuis.process.support.ProcessTestCase;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code regional-agenda}: the VH manager of a region drafts the strategic agenda, the steering group adopts it or sends
 * it back with a reason; a year after adoption the steering group keeps it or has a new version drafted. Delegates are
 * fakes that set what the real ones set ({@code RegionalAgendas} has its own tests); the decision check behaves as the
 * real one.
 */
@Deployment(resources = {"processes/regional-agenda.bpmn", "forms/agenda-start.form", "forms/agenda-draft.form", "forms/agenda-adopt.form",
        "forms/agenda-review.form"})
class RegionalAgendaProcessTest extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessCoverage.extension();

    @Override
    protected ProcessEngineExtension extension() {
        return extension;
    }

    static final String PERIOD_2027 = "2027";
    static final String SUMMARY = "Periode 2027, versie 1: 1 prioriteit.";

    private final List<String> calls = new ArrayList<>();
    private long nextAgendaId = 40L;
    private int versions;

    @BeforeEach
    void fakeDelegates() {
        Mocks.register(PREPARE_AGENDA_DRAFT_DELEGATE, (JavaDelegate) this::prepare);
        Mocks.register(RECORD_AGENDA_DRAFT_DELEGATE, (JavaDelegate) this::record);
        Mocks.register(RECORD_AGENDA_SEND_BACK_DELEGATE, (JavaDelegate) execution -> calls.add(RECORD_AGENDA_SEND_BACK_DELEGATE));
        Mocks.register(ADOPT_AGENDA_DELEGATE, (JavaDelegate) this::adopt);
        Mocks.register(AGENDA_DECISION_CHECK, (TaskListener) this::checkDecision);
    }

    /** As the real delegate: a new version at the start and after a revision, the same draft after a send back. */
    private void prepare(DelegateExecution execution) {
        calls.add(PREPARE_AGENDA_DRAFT_DELEGATE);
        boolean newVersion = execution.getVariable(AGENDA_ID) == null || REVIEW_REVISE.equals(execution.getVariable(REVIEW_DECISION));
        if (newVersion) {
            versions++;
            execution.setVariable(AGENDA_ID, nextAgendaId++);
            execution.setVariable(AGENDA_VERSION, versions);
        }
        execution.setProcessBusinessKey(execution.getVariable(REGION) + "-" + execution.getVariable(PERIOD));
        execution.setVariable(priorityTheme(1), "DOMESTIC_VIOLENCE");
    }

    /** As the real delegate: the rows leave the engine for a summary; the decisions of the last round are cleared. */
    private void record(DelegateExecution execution) {
        calls.add(RECORD_AGENDA_DRAFT_DELEGATE);
        execution.removeVariables(slotVariables());
        execution.removeVariable(AGENDA_DECISION);
        execution.removeVariable(SENT_BACK_REASON);
        execution.setVariable(PRIORITY_COUNT, 1);
        execution.setVariable(AGENDA_SUMMARY, SUMMARY);
    }

    private void adopt(DelegateExecution execution) {
        calls.add(ADOPT_AGENDA_DELEGATE);
        execution.removeVariable(REVIEW_DECISION);
    }

    /** As {@code AgendaDecisionCheck}. */
    private void checkDecision(DelegateTask task) {
        if (USER_TASK_REVIEW_AGENDA.equals(task.getTaskDefinitionKey())) {
            Object decision = task.getVariable(REVIEW_DECISION);
            if (!REVIEW_KEEP.equals(decision) && !REVIEW_REVISE.equals(decision)) {
                throw new BadUserRequestException(REVIEW_DECISION + ": Kies 'Agenda handhaven' of 'Agenda herzien'");
            }
            return;
        }
        Object decision = task.getVariable(AGENDA_DECISION);
        if (!DECISION_ADOPT.equals(decision) && !DECISION_SEND_BACK.equals(decision)) {
            throw new BadUserRequestException(AGENDA_DECISION + ": Kies 'Agenda vaststellen' of 'Terugsturen naar de manager'");
        }
        Object reason = task.getVariable(SENT_BACK_REASON);
        if (DECISION_SEND_BACK.equals(decision) && (reason == null || reason.toString().isBlank())) {
            throw new BadUserRequestException(SENT_BACK_REASON + ": Geef een reden als u de concept-agenda terugstuurt");
        }
    }

    private ProcessInstance start(String region) {
        return runtimeService().createProcessInstanceByKey(KEY)
                .setVariables(Map.of(REGION, region, PERIOD, PERIOD_2027))
                .execute();
    }

    private static Map<String, Object> draftOf(String theme) {
        Map<String, Object> rows = new HashMap<>();
        rows.put(priorityTheme(1), theme);
        rows.put(priorityDescription(1), "Minder herhaald huiselijk geweld door één aanpak per gezin");
        rows.put(priorityTargetGroup(1), "Gezinnen met herhaald huiselijk geweld");
        rows.put(priorityLeadPartner(1), "gemeente");
        return rows;
    }

    /** One year after {@link #START}, as the engine counts P1Y. */
    private static Date oneYearAfterStart() {
        return Date.from(START.atZone(ZoneId.systemDefault()).plusYears(1).toInstant());
    }

    @Test
    void theVhManagerDraftsTheSteeringGroupAdoptsAndAYearLaterKeepsTheAgenda() {
        ProcessInstance agenda = start("utrecht");

        assertThat(agenda).hasPassed(START_EVENT_AGENDA_REQUESTED, SERVICE_TASK_PREPARE_DRAFT).isWaitingAt(USER_TASK_DRAFT_AGENDA);
        assertThat(agenda.getTenantId()).isEqualTo("utrecht");
        assertThat(deployedStartFormIdOf(agenda.getProcessDefinitionId())).isEqualTo(FORM_START);
        Task draft = task(USER_TASK_DRAFT_AGENDA, agenda);
        assertThat(draft).hasName("Concept-agenda opstellen — 2027").hasCandidateGroup("vh-manager").isNotAssigned();
        assertThat(draft.getTenantId()).isEqualTo("utrecht");
        assertThat(deployedFormIdOf(draft)).isEqualTo(FORM_DRAFT);

        complete(draft, draftOf("DOMESTIC_VIOLENCE"));

        assertThat(agenda).hasPassed(SERVICE_TASK_RECORD_DRAFT).isWaitingAt(USER_TASK_ADOPT_AGENDA);
        assertThat(agenda).variables().containsEntry(AGENDA_SUMMARY, SUMMARY).containsEntry(AGENDA_ID, 40L)
                .doesNotContainKeys(priorityTheme(1), priorityDescription(1), priorityTargetGroup(1), priorityLeadPartner(1));
        Task adopt = task(USER_TASK_ADOPT_AGENDA, agenda);
        assertThat(adopt).hasName("Strategische agenda vaststellen — 2027").hasCandidateGroup("stuurgroep");
        assertThat(adopt.getTenantId()).isEqualTo("utrecht");
        assertThat(deployedFormIdOf(adopt)).isEqualTo(FORM_ADOPT);

        complete(adopt, withVariables(AGENDA_DECISION, DECISION_ADOPT));

        assertThat(agenda).hasPassedInOrder(USER_TASK_ADOPT_AGENDA, GATEWAY_AGENDA_ADOPTED, SERVICE_TASK_ADOPT_AGENDA, EVENT_AGENDA_ADOPTED)
                .isWaitingAt(TIMER_REVIEW_DUE);
        assertThat(jobQuery().timers().processInstanceId(agenda.getId()).executable().count()).as("not due before a year").isZero();
        assertDueAt(job(jobQuery().timers().activityId(TIMER_REVIEW_DUE), agenda), oneYearAfterStart());

        execute(job(jobQuery().timers().activityId(TIMER_REVIEW_DUE), agenda));

        Task review = task(USER_TASK_REVIEW_AGENDA, agenda);
        assertThat(review).hasName("Agenda herijken — 2027").hasCandidateGroup("stuurgroep");
        assertThat(review.getTenantId()).isEqualTo("utrecht");
        assertThat(deployedFormIdOf(review)).isEqualTo(FORM_REVIEW);

        complete(review, withVariables(REVIEW_DECISION, REVIEW_KEEP));

        assertThat(agenda).hasPassedInOrder(TIMER_REVIEW_DUE, USER_TASK_REVIEW_AGENDA, GATEWAY_AGENDA_REVISED, END_EVENT_AGENDA_KEPT).isEnded();
        assertThat(historicBusinessKey(agenda)).isEqualTo("utrecht-2027");
        assertThat(calls).containsExactly(PREPARE_AGENDA_DRAFT_DELEGATE, RECORD_AGENDA_DRAFT_DELEGATE, ADOPT_AGENDA_DELEGATE);
    }

    private String historicBusinessKey(ProcessInstance agenda) {
        return engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(agenda.getId()).singleResult()
                .getBusinessKey();
    }

    @Test
    void theSteeringGroupSendsTheDraftBackWithAReasonAndAdoptsTheNextRound() {
        ProcessInstance agenda = start("rotterdam-rijnmond");
        complete(task(USER_TASK_DRAFT_AGENDA, agenda), draftOf("YOUTH_GROUPS"));

        complete(task(USER_TASK_ADOPT_AGENDA, agenda), withVariables(AGENDA_DECISION, DECISION_SEND_BACK, SENT_BACK_REASON,
                "Ondermijning hoort op deze agenda"));

        assertThat(agenda).hasPassed(SERVICE_TASK_RECORD_SEND_BACK).isWaitingAt(USER_TASK_DRAFT_AGENDA);
        assertThat(agenda).variables().containsEntry(SENT_BACK_REASON, "Ondermijning hoort op deze agenda").containsEntry(AGENDA_ID, 40L);
        Task again = task(USER_TASK_DRAFT_AGENDA, agenda);
        assertThat(again).hasCandidateGroup("vh-manager");
        assertThat(again.getTenantId()).isEqualTo("rotterdam-rijnmond");

        complete(again, draftOf("SUBVERSIVE_CRIME"));
        assertThat(agenda).variables().doesNotContainKeys(SENT_BACK_REASON, AGENDA_DECISION);
        complete(task(USER_TASK_ADOPT_AGENDA, agenda), withVariables(AGENDA_DECISION, DECISION_ADOPT));

        assertThat(agenda).hasPassed(SERVICE_TASK_ADOPT_AGENDA).isWaitingAt(TIMER_REVIEW_DUE);
        assertThat(calls).containsExactly(PREPARE_AGENDA_DRAFT_DELEGATE, RECORD_AGENDA_DRAFT_DELEGATE, RECORD_AGENDA_SEND_BACK_DELEGATE,
                PREPARE_AGENDA_DRAFT_DELEGATE, RECORD_AGENDA_DRAFT_DELEGATE, ADOPT_AGENDA_DELEGATE);
    }

    @Test
    void aReviewThatRevisesStartsANewDraftVersionInTheSameInstance() {
        ProcessInstance agenda = runtimeService().createProcessInstanceByKey(KEY).startBeforeActivity(TIMER_REVIEW_DUE)
                .setVariables(Map.of(REGION, "utrecht", PERIOD, PERIOD_2027, AGENDA_ID, 40L, AGENDA_VERSION, 1, AGENDA_SUMMARY, SUMMARY))
                .execute();
        versions = 1;
        nextAgendaId = 41L;
        execute(job(jobQuery().timers().activityId(TIMER_REVIEW_DUE), agenda));

        complete(task(USER_TASK_REVIEW_AGENDA, agenda), withVariables(REVIEW_DECISION, REVIEW_REVISE));

        assertThat(agenda).hasPassed(GATEWAY_AGENDA_REVISED, GATEWAY_DRAFT_NEEDED, SERVICE_TASK_PREPARE_DRAFT).isWaitingAt(USER_TASK_DRAFT_AGENDA);
        assertThat(agenda).variables().containsEntry(AGENDA_ID, 41L).containsEntry(AGENDA_VERSION, 2);
        assertThat(task(USER_TASK_DRAFT_AGENDA, agenda)).hasCandidateGroup("vh-manager");

        complete(task(USER_TASK_DRAFT_AGENDA, agenda), draftOf("HIGH_IMPACT_CRIME"));
        complete(task(USER_TASK_ADOPT_AGENDA, agenda), withVariables(AGENDA_DECISION, DECISION_ADOPT));

        assertThat(agenda).isWaitingAt(TIMER_REVIEW_DUE);
        assertThat(agenda).variables().doesNotContainKey(REVIEW_DECISION);
        assertThat(calls).containsExactly(PREPARE_AGENDA_DRAFT_DELEGATE, RECORD_AGENDA_DRAFT_DELEGATE, ADOPT_AGENDA_DELEGATE);
    }

    @Test
    void aDecisionWithoutAValidChoiceOrASendBackWithoutAReasonIsRefusedAndTheTaskStays() {
        ProcessInstance agenda = start("utrecht");
        complete(task(USER_TASK_DRAFT_AGENDA, agenda), draftOf("DOMESTIC_VIOLENCE"));
        Task adopt = task(USER_TASK_ADOPT_AGENDA, agenda);

        assertThatThrownBy(() -> taskService().complete(adopt.getId())).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Kies 'Agenda vaststellen' of 'Terugsturen naar de manager'");
        assertThatThrownBy(() -> taskService().complete(adopt.getId(), Map.of(AGENDA_DECISION, DECISION_SEND_BACK, SENT_BACK_REASON, " ")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Geef een reden");

        assertThat(agenda).isWaitingAt(USER_TASK_ADOPT_AGENDA);
        assertThat(calls).containsExactly(PREPARE_AGENDA_DRAFT_DELEGATE, RECORD_AGENDA_DRAFT_DELEGATE);
    }

    @Test
    void anUnknownRegionCannotBeStarted() {
        assertThatThrownBy(() -> start("atlantis")).hasMessageContaining("Onbekende regio 'atlantis'");
    }
}
