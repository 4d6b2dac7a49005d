package nl.veiligheidshuis.process;

import static nl.veiligheidshuis.area.AreaApproachProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.process.support.ProcessCoverage;
import nl.veiligheidshuis.process.support.ProcessTestCase;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code area-approach}: process direction (or the municipality) analyses an area-bound problem in Utrecht and either
 * advises the local administration, whose response the municipality records within 30 days (else process direction
 * reminds it), or agrees a joint approach; at the follow-up date process direction assesses the effect: done, or a new
 * analysis. Delegates are fakes that set and remove what the real ones do; {@code AreaApproaches} has its own tests.
 */
@Deployment(resources = {"processes/area-approach.bpmn", "forms/area-analysis.form", "forms/area-advice.form", "forms/area-response.form",
        "forms/area-response-reminder.form", "forms/area-joint-approach.form", "forms/area-effect.form"})
class AreaApproachProcessTest extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessCoverage.extension();

    @Override
    protected ProcessEngineExtension extension() {
        return extension;
    }

    static final String CASE = "VH-2026-000031";
    static final long APPROACH = 5L;
    static final String NO_ANALYSIS = "analysisSummary: Geef de gebiedsanalyse";
    /** What the fakes give as the follow-up moment: 60 days after the start. */
    static final Date FOLLOW_UP = startPlus(Duration.ofDays(60));

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void fakeDelegates() {
        Mocks.register(RECORD_AREA_ANALYSIS_DELEGATE, (JavaDelegate) this::recordAnalysis);
        Mocks.register(SEND_AREA_ADVICE_DELEGATE, (JavaDelegate) execution -> moved(execution, SEND_AREA_ADVICE_DELEGATE, ADVICE_TEXT));
        Mocks.register(RECORD_ADMINISTRATOR_RESPONSE_DELEGATE, (JavaDelegate) execution -> {
            moved(execution, RECORD_ADMINISTRATOR_RESPONSE_DELEGATE, RESPONSE_NOTE, FOLLOW_UP_ON);
            execution.setVariable(FOLLOW_UP_DUE, FOLLOW_UP);
        });
        Mocks.register(RECORD_JOINT_APPROACH_DELEGATE, (JavaDelegate) execution -> {
            moved(execution, RECORD_JOINT_APPROACH_DELEGATE, JOINT_AGREEMENTS, FOLLOW_UP_ON);
            execution.setVariable(FOLLOW_UP_DUE, FOLLOW_UP);
        });
        Mocks.register(RECORD_AREA_EFFECT_DELEGATE, (JavaDelegate) execution -> moved(execution, RECORD_AREA_EFFECT_DELEGATE, EFFECT_NOTE));
    }

    /** As the real delegate: an analysis without text fails the completion; the text leaves the engine. */
    private void recordAnalysis(DelegateExecution execution) {
        calls.add(RECORD_AREA_ANALYSIS_DELEGATE);
        Object summary = execution.getVariable(ANALYSIS_SUMMARY);
        if (summary == null || summary.toString().isBlank()) {
            throw new BadUserRequestException(NO_ANALYSIS);
        }
        execution.removeVariable(ANALYSIS_SUMMARY);
    }

    private void moved(DelegateExecution execution, String delegate, String... variables) {
        calls.add(delegate);
        for (String variable : variables) {
            execution.removeVariable(variable);
        }
    }

    private static Map<String, Object> startVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(REGION, "utrecht");
        variables.put(CASE_ID, 31L);
        variables.put(CASE_NUMBER, CASE);
        variables.put(APPROACH_ID, APPROACH);
        variables.put(AREA_NAME, "Kanaleneiland");
        variables.put(AREA_MUNICIPALITY, "Utrecht");
        return variables;
    }

    /** As {@code AreaApproaches.start} starts it: references only, the region as tenant, the case number as business key. */
    private ProcessInstance startApproach() {
        return runtimeService().createProcessInstanceByKey(KEY).businessKey(CASE).setVariables(startVariables()).execute();
    }

    private ProcessInstance startBefore(String activity, Map<String, Object> extra) {
        ProcessInstantiationBuilder builder = runtimeService().createProcessInstanceByKey(KEY).businessKey(CASE).setVariables(startVariables());
        builder.setVariables(extra);
        return builder.startBeforeActivity(activity).execute();
    }

    /** Calendar days in Dutch time, as the engine's {@code P30D} and {@code plusDays(30)} count them. */
    private static Date startPlusDays(int days) {
        return Date.from(START.atZone(ZoneId.of("Europe/Amsterdam")).plusDays(days).toInstant());
    }

    private static Map<String, Object> response() {
        return withVariables(ADMINISTRATOR_RESPONSE, "PARTLY", RESPONSE_NOTE, "Het bestuur neemt de cameratoezicht-aanbeveling over",
                FOLLOW_UP_ON, "01-05-2026");
    }

    @Test
    void processDirectionAdvisesTheAdministrationTheMunicipalityRecordsTheResponseAndTheEffectIsAssessedAtTheFollowUpDate() {
        ProcessInstance approach = startApproach();

        assertThat(approach).hasPassed(START_EVENT_APPROACH_STARTED, GATEWAY_JOIN_ANALYSIS).isWaitingAt(USER_TASK_DRAFT_AREA_ANALYSIS);
        assertThat(approach.getTenantId()).isEqualTo("utrecht");
        assertThat(approach.getBusinessKey()).isEqualTo(CASE);
        Task analysis = task(USER_TASK_DRAFT_AREA_ANALYSIS, approach);
        assertThat(analysis).hasName("Gebiedsanalyse opstellen — " + CASE).hasCandidateGroup("procesregie").hasCandidateGroup("gemeente");
        assertThat(deployedFormIdOf(analysis)).isEqualTo(FORM_ANALYSIS);

        complete(analysis, withVariables(ANALYSIS_SUMMARY, "Overlast van jongeren rond het winkelcentrum, sinds de zomer",
                APPROACH_TYPE, "ADVICE_TO_ADMINISTRATION"));
        assertThat(approach).hasPassed(SERVICE_TASK_RECORD_AREA_ANALYSIS).isWaitingAt(SERVICE_TASK_RECORD_AREA_ANALYSIS);
        assertThat(approach).variables().doesNotContainKey(ANALYSIS_SUMMARY);
        execute(job(approach));

        assertThat(approach).hasPassed(GATEWAY_APPROACH_TYPE).isWaitingAt(USER_TASK_DRAFT_ADVICE);
        Task advice = task(USER_TASK_DRAFT_ADVICE, approach);
        assertThat(advice).hasName("Advies aan lokaal bestuur opstellen — " + CASE).hasCandidateGroup("procesregie");
        assertThat(deployedFormIdOf(advice)).isEqualTo(FORM_ADVICE);
        complete(advice, withVariables(ADVICE_TEXT, "Advies: cameratoezicht en een jongerenwerker op vrijdagavond"));
        assertThat(approach).variables().doesNotContainKey(ADVICE_TEXT);
        execute(job(approach));

        Task answer = task(USER_TASK_RECORD_ADMINISTRATOR_RESPONSE, approach);
        assertThat(answer).hasName("Reactie bestuur vastleggen — " + CASE).hasCandidateGroup("gemeente").hasDueDate(startPlusDays(30));
        assertThat(answer.getTenantId()).isEqualTo("utrecht");
        assertThat(deployedFormIdOf(answer)).isEqualTo(FORM_RESPONSE);
        assertDueAt(job(jobQuery().timers().activityId(BOUNDARY_EVENT_RESPONSE_OVERDUE), approach), startPlusDays(30));

        complete(answer, response());
        assertThat(approach).hasPassed(SERVICE_TASK_RECORD_ADMINISTRATOR_RESPONSE).variables().containsEntry(ADMINISTRATOR_RESPONSE, "PARTLY")
                .doesNotContainKeys(RESPONSE_NOTE, FOLLOW_UP_ON);
        assertThat(jobQuery().timers().activityId(BOUNDARY_EVENT_RESPONSE_OVERDUE).processInstanceId(approach.getId()).count())
                .as("the reminder is gone with the task").isZero();
        execute(job(approach));

        assertThat(approach).hasPassed(GATEWAY_JOIN_FOLLOW_UP).isWaitingAt(TIMER_EVENT_FOLLOW_UP_DUE);
        Job followUp = assertDueAt(job(jobQuery().timers().activityId(TIMER_EVENT_FOLLOW_UP_DUE), approach), FOLLOW_UP);
        advanceClock(Duration.ofDays(60).minusMinutes(1));
        assertThat(jobQuery().timers().executable().processInstanceId(approach.getId()).count()).as("not yet due").isZero();
        advanceClock(Duration.ofMinutes(2));
        execute(followUp);

        Task effect = task(USER_TASK_ASSESS_EFFECT, approach);
        assertThat(effect).hasName("Effect van de aanpak beoordelen — " + CASE).hasCandidateGroup("procesregie");
        assertThat(deployedFormIdOf(effect)).isEqualTo(FORM_EFFECT);
        complete(effect, withVariables(EFFECT_OUTCOME, "DONE", EFFECT_NOTE, "De overlast is sterk afgenomen"));
        assertThat(approach).variables().doesNotContainKey(EFFECT_NOTE);
        execute(job(approach));

        assertThat(approach).hasPassed(GATEWAY_EFFECT_OUTCOME, END_EVENT_APPROACH_COMPLETED)
                .hasNotPassed(USER_TASK_AGREE_JOINT_APPROACH, USER_TASK_REMIND_ADMINISTRATION).isEnded();
        assertThat(calls).containsExactly(RECORD_AREA_ANALYSIS_DELEGATE, SEND_AREA_ADVICE_DELEGATE, RECORD_ADMINISTRATOR_RESPONSE_DELEGATE,
                RECORD_AREA_EFFECT_DELEGATE);
    }

    @Test
    void thirtyDaysWithoutAResponseGiveProcessDirectionAReminderWhileTheMunicipalityKeepsItsTask() {
        ProcessInstance approach = startBefore(USER_TASK_RECORD_ADMINISTRATOR_RESPONSE, Map.of(APPROACH_TYPE, "ADVICE_TO_ADMINISTRATION"));
        Job overdue = assertDueAt(job(jobQuery().timers().activityId(BOUNDARY_EVENT_RESPONSE_OVERDUE), approach), startPlusDays(30));

        // 30 calendar days in Dutch time: across the change to summer time that is 29 days and 23 hours
        advanceClock(Duration.between(START, startPlusDays(30).toInstant()).minusMinutes(1));
        assertThat(jobQuery().timers().executable().processInstanceId(approach.getId()).list()).as("not yet due").isEmpty();
        advanceClock(Duration.ofMinutes(2));
        execute(overdue);

        Task reminder = task(USER_TASK_REMIND_ADMINISTRATION, approach);
        assertThat(reminder).hasName("Reactie bestuur rappelleren — " + CASE).hasCandidateGroup("procesregie");
        assertThat(deployedFormIdOf(reminder)).isEqualTo(FORM_RESPONSE_REMINDER);
        assertThat(approach).isWaitingAt(USER_TASK_RECORD_ADMINISTRATOR_RESPONSE, USER_TASK_REMIND_ADMINISTRATION);
        complete(reminder, withVariables("administrationReminded", true));
        assertThat(approach).hasPassed(END_EVENT_REMINDER_SENT).isWaitingAt(USER_TASK_RECORD_ADMINISTRATOR_RESPONSE);

        complete(task(USER_TASK_RECORD_ADMINISTRATOR_RESPONSE, approach), response());
        execute(job(approach));
        assertThat(approach).isWaitingAt(TIMER_EVENT_FOLLOW_UP_DUE);
    }

    @Test
    void aJointApproachIsAgreedByProcessDirectionAndFollowedUpAtItsDate() {
        ProcessInstance approach = startApproach();
        complete(task(USER_TASK_DRAFT_AREA_ANALYSIS, approach), withVariables(ANALYSIS_SUMMARY, "Ondermijning rond bedrijventerrein",
                APPROACH_TYPE, "JOINT_APPROACH"));
        execute(job(approach));

        assertThat(approach).hasPassed(GATEWAY_APPROACH_TYPE).isWaitingAt(USER_TASK_AGREE_JOINT_APPROACH);
        Task joint = task(USER_TASK_AGREE_JOINT_APPROACH, approach);
        assertThat(joint).hasName("Gezamenlijke gebiedsaanpak afspreken — " + CASE).hasCandidateGroup("procesregie");
        assertThat(deployedFormIdOf(joint)).isEqualTo(FORM_JOINT_APPROACH);
        complete(joint, withVariables(JOINT_AGREEMENTS, "Politie en gemeente controleren samen elke maand", FOLLOW_UP_ON, "01-05-2026"));
        assertThat(approach).hasPassed(SERVICE_TASK_RECORD_JOINT_APPROACH).variables().doesNotContainKeys(JOINT_AGREEMENTS, FOLLOW_UP_ON);
        execute(job(approach));

        assertThat(approach).isWaitingAt(TIMER_EVENT_FOLLOW_UP_DUE);
        assertDueAt(job(jobQuery().timers().activityId(TIMER_EVENT_FOLLOW_UP_DUE), approach), FOLLOW_UP);
        advanceClock(Duration.ofDays(61));
        execute(job(jobQuery().timers().activityId(TIMER_EVENT_FOLLOW_UP_DUE), approach));
        assertThat(approach).isWaitingAt(USER_TASK_ASSESS_EFFECT).hasNotPassed(USER_TASK_DRAFT_ADVICE, USER_TASK_RECORD_ADMINISTRATOR_RESPONSE);
        assertThat(calls).containsExactly(RECORD_AREA_ANALYSIS_DELEGATE, RECORD_JOINT_APPROACH_DELEGATE);
    }

    @Test
    void anEffectThatFallsShortStartsANewAreaAnalysis() {
        ProcessInstance approach = startBefore(USER_TASK_ASSESS_EFFECT, Map.of(APPROACH_TYPE, "JOINT_APPROACH"));

        complete(task(USER_TASK_ASSESS_EFFECT, approach), withVariables(EFFECT_OUTCOME, "NEW_ANALYSIS", EFFECT_NOTE,
                "De overlast is verplaatst naar het park"));
        execute(job(approach));

        assertThat(approach).hasPassed(GATEWAY_EFFECT_OUTCOME, GATEWAY_JOIN_ANALYSIS).isWaitingAt(USER_TASK_DRAFT_AREA_ANALYSIS);
        assertThat(taskQuery().processInstanceId(approach.getId()).singleResult().getTaskDefinitionKey()).isEqualTo(USER_TASK_DRAFT_AREA_ANALYSIS);
        assertThat(approach).variables().doesNotContainKey(EFFECT_NOTE);
        assertThat(calls).containsExactly(RECORD_AREA_EFFECT_DELEGATE);
    }

    @Test
    void anAnalysisWithoutTextFailsTheCompletionAndKeepsTheTaskOpen() {
        ProcessInstance approach = startApproach();
        Task analysis = task(USER_TASK_DRAFT_AREA_ANALYSIS, approach);

        assertThatThrownBy(() -> complete(analysis, withVariables(APPROACH_TYPE, "JOINT_APPROACH"))).hasMessageContaining(NO_ANALYSIS);

        assertThat(approach).isWaitingAt(USER_TASK_DRAFT_AREA_ANALYSIS);
        assertThat(task(USER_TASK_DRAFT_AREA_ANALYSIS, approach).getId()).isEqualTo(analysis.getId());
        assertThat(runtimeService().getVariable(approach.getId(), APPROACH_TYPE)).as("nothing stored").isNull();
    }
}
