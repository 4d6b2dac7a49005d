package nl.veiligheidshuis.process.privacy;

import static nl.veiligheidshuis.privacy.SubjectRequestProcess.*;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code subject-request}: a request for access, correction or erasure is registered at the one contact point, handled
 * by process direction of the region within a month of receipt, with a reminder a week before the deadline on the
 * engine's clock. Delegates are fakes that set what the real ones set; the services have their own tests.
 */
@Deployment(resources = {
        "processes/subject-request.bpmn",
        "forms/subject-request-start.form",
        "forms/subject-request-handle.form",
        "forms/subject-request-reminder.form"})
class SubjectRequestProcessTest extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessCoverage.extension();

    @Override
    protected ProcessEngineExtension extension() {
        return extension;
    }

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    static final String REQUEST = "VB-2026-000007";
    /** Received on Friday 27 February 2026; the process tests' clock stands at Monday 2 March. */
    static final LocalDate RECEIVED_ON = LocalDate.of(2026, 2, 27);
    /** One month after receipt, at the end of the day: 27 March 2026, 17:00 in Amsterdam. */
    static final Date DUE = date(LocalDate.of(2026, 3, 27), LocalTime.of(17, 0));
    /** A week before: 20 March 2026, 09:00 in Amsterdam. */
    static final Date REMINDER = date(LocalDate.of(2026, 3, 20), LocalTime.of(9, 0));
    static final String INVALID = "correctionValue: Geef de nieuwe achternaam";

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void fakeDelegates() {
        Mocks.register(REGISTER_SUBJECT_REQUEST_DELEGATE, (JavaDelegate) this::register);
        Mocks.register(RECORD_ACCESS_ANSWER_DELEGATE, (JavaDelegate) execution -> decide(execution, RECORD_ACCESS_ANSWER_DELEGATE));
        Mocks.register(APPLY_CORRECTION_DELEGATE, (JavaDelegate) execution -> decide(execution, APPLY_CORRECTION_DELEGATE));
        Mocks.register(APPLY_ERASURE_DELEGATE, (JavaDelegate) execution -> decide(execution, APPLY_ERASURE_DELEGATE));
    }

    /** As the real delegate: registers, sets number, dates and ids, removes name and date of birth. */
    private void register(DelegateExecution execution) {
        calls.add(REGISTER_SUBJECT_REQUEST_DELEGATE);
        if (execution.getVariable(REQUEST_RECEIVED_ON) == null) {
            throw new BadUserRequestException("receivedOn: Geef de datum van ontvangst");
        }
        execution.removeVariables(PERSONAL_FIELDS);
        execution.setVariable(REQUEST_ID, 7L);
        execution.setVariable(REQUEST_NUMBER, REQUEST);
        execution.setVariable(SUBJECT_ID, 42L);
        execution.setVariable(PERSON_FOUND, true);
        execution.setVariable(CASE_COUNT, 1);
        execution.setVariable(REQUEST_DUE_DATE, DUE);
        execution.setVariable(REQUEST_REMINDER_DATE, REMINDER);
        execution.setProcessBusinessKey(REQUEST);
    }

    /** As the real decision delegates: a grant without what it needs fails; otherwise the outcome, free text removed. */
    private void decide(DelegateExecution execution, String delegate) {
        calls.add(delegate);
        boolean grant = "GRANT".equals(execution.getVariable(REQUEST_DECISION));
        if (grant && APPLY_CORRECTION_DELEGATE.equals(delegate) && execution.getVariable(CORRECTION_VALUE) == null) {
            throw new BadUserRequestException(INVALID);
        }
        String outcome = !grant ? "REFUSED" : switch (delegate) {
            case RECORD_ACCESS_ANSWER_DELEGATE -> "EXPORT_PROVIDED";
            case APPLY_CORRECTION_DELEGATE -> "CORRECTED";
            default -> "ERASED";
        };
        execution.setVariable(REQUEST_OUTCOME, outcome);
        execution.removeVariables(List.of(CORRECTION_VALUE, REFUSAL_REASON));
    }

    private ProcessInstance startByForm(String kind) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(REGION, "utrecht");
        form.put(REQUEST_KIND, kind);
        form.put(REQUEST_GIVEN_NAME, "Sem");
        form.put(REQUEST_FAMILY_NAME, "de Vries");
        form.put(REQUEST_DATE_OF_BIRTH, "2009-04-01");
        form.put(REQUEST_RECEIVED_ON, RECEIVED_ON.toString());
        form.put(REQUEST_CHANNEL, "LETTER");
        return runtimeService().startProcessInstanceByKey(KEY, form);
    }

    private static Task handleTask(ProcessInstance instance) {
        return task(USER_TASK_HANDLE_REQUEST, instance);
    }

    @Test
    void accessRequestIsRegisteredHandledWithinAMonthAndAnsweredWithTheExport() {
        ProcessInstance request = startByForm(KIND_ACCESS);

        assertThat(request).hasPassed(SERVICE_TASK_REGISTER_REQUEST).isWaitingAt(USER_TASK_HANDLE_REQUEST);
        assertThat(request.getTenantId()).isEqualTo("utrecht");
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(request.getId()).singleResult().getBusinessKey())
                .isEqualTo(REQUEST);
        assertThat(request).variables().containsEntry(REQUEST_ID, 7L).containsEntry(SUBJECT_ID, 42L).containsEntry(REQUEST_KIND, KIND_ACCESS)
                .doesNotContainKeys(REQUEST_GIVEN_NAME, REQUEST_FAMILY_NAME, REQUEST_DATE_OF_BIRTH);
        assertThat(deployedStartFormIdOf(request.getProcessDefinitionId())).isEqualTo(FORM_START);

        Task handle = handleTask(request);
        assertThat(handle).hasName("Verzoek van betrokkene afhandelen — " + REQUEST).hasCandidateGroup("procesregie").hasDueDate(DUE);
        assertThat(handle.getTenantId()).isEqualTo("utrecht");
        assertThat(deployedFormIdOf(handle)).isEqualTo(FORM_HANDLE);
        assertDueAt(job(jobQuery().timers().activityId(BOUNDARY_EVENT_DEADLINE_NEAR), request), REMINDER);

        complete(handle, withVariables(REQUEST_DECISION, "GRANT"));

        // the answer is recorded in the completion's transaction; the end follows after the save point
        assertThat(request).hasPassed(GATEWAY_REQUEST_KIND, SERVICE_TASK_RECORD_ACCESS_ANSWER)
                .isWaitingAt(SERVICE_TASK_RECORD_ACCESS_ANSWER);
        execute(job(request));
        assertThat(request).hasPassed(GATEWAY_REQUEST_HANDLED, END_EVENT_REQUEST_ANSWERED).isEnded();
        assertThat(calls).containsExactly(REGISTER_SUBJECT_REQUEST_DELEGATE, RECORD_ACCESS_ANSWER_DELEGATE);
        assertThat(jobQuery().processInstanceId(request.getId()).count()).as("no reminder left").isZero();
    }

    @Test
    void correctionRequestIsCarriedOutAndTheNewValueLeavesTheEngine() {
        ProcessInstance request = startByForm(KIND_CORRECTION);

        complete(handleTask(request), withVariables(REQUEST_DECISION, "GRANT", CORRECTION_FIELD, "familyName", CORRECTION_VALUE, "de Vris"));
        assertThat(request).hasPassed(SERVICE_TASK_APPLY_CORRECTION).hasNotPassed(SERVICE_TASK_RECORD_ACCESS_ANSWER);
        assertThat(request).variables().containsEntry(REQUEST_OUTCOME, "CORRECTED").doesNotContainKey(CORRECTION_VALUE);
        execute(job(request));

        assertThat(request).hasPassed(END_EVENT_REQUEST_ANSWERED).isEnded();
        assertThat(calls).endsWith(APPLY_CORRECTION_DELEGATE);
    }

    @Test
    void erasureRequestGoesToErasureAndAnswersThePerson() {
        ProcessInstance request = startByForm(KIND_ERASURE);

        complete(handleTask(request), withVariables(REQUEST_DECISION, "GRANT", ERASURE_GROUND, "NO_LONGER_NEEDED"));
        assertThat(request).hasPassed(SERVICE_TASK_APPLY_ERASURE).variables().containsEntry(REQUEST_OUTCOME, "ERASED");
        execute(job(request));

        assertThat(request).hasPassed(GATEWAY_REQUEST_HANDLED, END_EVENT_REQUEST_ANSWERED).isEnded();
        assertThat(calls).containsExactly(REGISTER_SUBJECT_REQUEST_DELEGATE, APPLY_ERASURE_DELEGATE);
    }

    @Test
    void refusedRequestKeepsItsOutcomeAndDropsTheExplanationFromTheEngine() {
        ProcessInstance request = startByForm(KIND_ERASURE);

        complete(handleTask(request), withVariables(REQUEST_DECISION, "REFUSE", REFUSAL_GROUND, "RETENTION_NEEDED", REFUSAL_REASON,
                "De casus loopt nog"));

        assertThat(request).variables().containsEntry(REQUEST_OUTCOME, "REFUSED").doesNotContainKey(REFUSAL_REASON);
        execute(job(request));
        assertThat(request).isEnded();
    }

    @Test
    void aWeekBeforeTheDeadlineProcessDirectionAndTheManagerAreReminded() {
        ProcessInstance request = startByForm(KIND_ACCESS);
        Job reminder = assertDueAt(job(jobQuery().timers(), request), REMINDER);

        advanceClock(Duration.between(START, REMINDER.toInstant()).minusMinutes(1));
        assertThat(jobQuery().timers().executable().processInstanceId(request.getId()).count()).as("not yet due").isZero();
        advanceClock(Duration.ofMinutes(2));
        assertThat(jobQuery().timers().executable().processInstanceId(request.getId()).count()).as("due now").isEqualTo(1);
        execute(reminder);

        assertThat(request).isWaitingAt(USER_TASK_HANDLE_REQUEST, USER_TASK_WATCH_DEADLINE);
        Task watch = task(USER_TASK_WATCH_DEADLINE, request);
        assertThat(watch).hasName("Termijn van verzoek bewaken — " + REQUEST).hasCandidateGroup("procesregie").hasCandidateGroup("vh-manager")
                .hasDueDate(DUE);
        assertThat(deployedFormIdOf(watch)).isEqualTo(FORM_REMINDER);

        complete(watch, withVariables(REMINDER_ACKNOWLEDGED, true));
        assertThat(request).hasPassed(END_EVENT_REMINDER_HANDLED).isWaitingAt(USER_TASK_HANDLE_REQUEST);
        assertThat(jobQuery().timers().processInstanceId(request.getId()).count()).as("one reminder only").isZero();
    }

    @Test
    void answeringTheRequestEndsAnOpenReminder() {
        ProcessInstance request = startByForm(KIND_ACCESS);
        advanceClock(Duration.ofDays(20));
        execute(job(jobQuery().timers(), request));
        assertThat(request).isWaitingAt(USER_TASK_WATCH_DEADLINE);

        complete(handleTask(request), withVariables(REQUEST_DECISION, "GRANT"));
        execute(job(request));

        assertThat(request).hasPassed(END_EVENT_REQUEST_ANSWERED).hasNotPassed(END_EVENT_REMINDER_HANDLED).isEnded();
        assertThat(taskQuery().processInstanceId(request.getId()).count()).isZero();
    }

    @Test
    void aDecisionTheServiceRefusesFailsTheCompletionAndKeepsTheTaskOpen() {
        ProcessInstance request = startByForm(KIND_CORRECTION);
        Task handle = handleTask(request);

        assertThatThrownBy(() -> complete(handle, withVariables(REQUEST_DECISION, "GRANT", CORRECTION_FIELD, "familyName")))
                .hasMessageContaining(INVALID);

        assertThat(request).isWaitingAt(USER_TASK_HANDLE_REQUEST);
        assertThat(handleTask(request).getId()).isEqualTo(handle.getId());
        assertThat(runtimeService().getVariable(request.getId(), REQUEST_DECISION)).as("nothing stored").isNull();
    }

    @Test
    void aStartFormTheRegistrationRefusesStartsNothing() {
        long before = runtimeService().createProcessInstanceQuery().count();
        Map<String, Object> form = withVariables(REGION, "utrecht", REQUEST_KIND, KIND_ACCESS, REQUEST_CHANNEL, "EMAIL");

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, form)).hasMessageContaining("receivedOn");

        assertThat(runtimeService().createProcessInstanceQuery().count()).isEqualTo(before);
    }

    private static Date date(LocalDate day, LocalTime time) {
        Instant instant = day.atTime(time).atZone(NETHERLANDS).toInstant();
        return Date.from(instant);
    }
}
