package nl.veiligheidshuis.process.escalation;

import static nl.veiligheidshuis.escalation.EscalationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.escalation.EscalationNationalReviewProcess;
import nl.veiligheidshuis.process.support.ProcessCoverage;
import nl.veiligheidshuis.process.support.ProcessTestCase;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code escalation} and {@code escalation-national-review}: the real escalation-routing table chooses the level and
 * its deadline; each level resolves, escalates further or sends back; passed deadlines move the escalation up by the
 * engine clock; the VH manager is told of every step without keeping the escalation open. Delegates are fakes.
 */
@Deployment(resources = {
        "processes/escalation.bpmn",
        "processes/escalation-national-review.bpmn",
        "decisions/escalation-routing.dmn",
        "forms/escalation-start.form",
        "forms/escalation-handle.form",
        "forms/escalation-manager-notice.form",
        "forms/escalation-carry-out.form",
        "forms/escalation-decision-notice.form",
        "forms/escalation-sent-back.form",
        "forms/escalation-timeout-notice.form",
        "forms/escalation-national-unanswered.form",
        "forms/escalation-national-review.form"})
class EscalationProcessTest extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessCoverage.extension();

    @Override
    protected ProcessEngineExtension extension() {
        return extension;
    }

    static final String CASE = "VH-2026-000123";
    static final String REFERENCE = "ESC-utrecht-77";
    static final String UTRECHT = "utrecht";

    private EscalationFakes fakes;

    @BeforeEach
    void registerEscalationFakes() {
        fakes = new EscalationFakes().register();
    }

    /** What EscalationStarter starts a case escalation with: ids, region, level, reason, partner, case director. */
    private static Map<String, Object> caseEscalation(String reason) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(ESCALATION_ID, EscalationFakes.ID);
        variables.put(ESCALATION_REFERENCE, REFERENCE);
        variables.put(ESCALATION_KIND, KIND_CASE);
        variables.put(REGION, UTRECHT);
        variables.put(CURRENT_LEVEL, "OPERATIONAL");
        variables.put(REASON, reason);
        variables.put(ESCALATING_PARTNER, "politie");
        variables.put(ESCALATED_AT, Date.from(START));
        variables.put(TASK_PRIORITY, 70);
        variables.put(CASE_ID, 123L);
        variables.put(CASE_NUMBER, CASE);
        variables.put(CASE_DIRECTOR_PARTNER, "jeugdzorg");
        variables.put(CASE_DIRECTOR_USER, "jeugdzorg.utrecht");
        return variables;
    }

    private ProcessInstance escalate(String reason) {
        ProcessInstance escalation = runtimeService().createProcessInstanceByKey(KEY).businessKey(CASE)
                .setVariables(caseEscalation(reason)).execute();
        assertThat(escalation).isWaitingAt(SERVICE_TASK_REGISTER_ESCALATION);
        execute(job(escalation));
        return escalation;
    }

    /** A case escalation that comes from the given level, started at the routing table. */
    private ProcessInstance escalatedFrom(String currentLevel) {
        return runtimeService().createProcessInstanceByKey(KEY).businessKey(CASE).setVariables(caseEscalation("DISAGREEMENT"))
                .setVariable(CURRENT_LEVEL, currentLevel).startBeforeActivity(BUSINESS_RULE_TASK_ROUTE_ESCALATION).execute();
    }

    private static Map<String, Object> resolved() {
        return withVariables(ESCALATION_DECISION, DECISION_RESOLVED, ESCALATION_DECISION_TEXT, "Jeugdzorg neemt het gezin per direct op",
                ESCALATION_MEASURES, "Intake binnen vijf werkdagen; terugkoppeling in het volgende casusoverleg");
    }

    private static Map<String, Object> decided(String decision, String reason) {
        return withVariables(ESCALATION_DECISION, decision, ESCALATION_DECISION_REASON, reason);
    }

    private static Task levelTask(ProcessInstance escalation) {
        return task(USER_TASK_HANDLE_ESCALATION, escalation);
    }

    private static List<Task> tasks(ProcessInstance instance, String activityId) {
        return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).list();
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    /** The national review of this escalation: a process of its own, found by the escalation's reference. */
    private static ProcessInstance nationalReviewOf(String reference) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(EscalationNationalReviewProcess.KEY)
                .processInstanceBusinessKey(reference).singleResult();
    }

    private static Job nationalTimer(ProcessInstance national) {
        return job(jobQuery().timers().activityId(EscalationNationalReviewProcess.BOUNDARY_EVENT_NATIONAL_REVIEW_OVERDUE), national);
    }

    /** Each branch that reaches the asynchronous join brings its own job. */
    private static void executeJobsOf(ProcessInstance instance) {
        jobQuery().processInstanceId(instance.getId()).executable().list().forEach(j -> execute(j));
    }

    private static Job levelTimer(ProcessInstance escalation) {
        return job(jobQuery().timers().activityId(BOUNDARY_EVENT_LEVEL_OVERDUE), escalation);
    }

    @Test
    void caseEscalationGoesToTheTacticalMeetingWhichResolvesItAndTheCaseDirectorCarriesItOut() {
        ProcessInstance escalation = escalate("DISAGREEMENT");

        // the real escalation-routing table chose the tactical meeting with ten days
        assertThat(escalation).hasPassedInOrder(SERVICE_TASK_REGISTER_ESCALATION, BUSINESS_RULE_TASK_ROUTE_ESCALATION,
                SERVICE_TASK_OPEN_LEVEL, PARALLEL_GATEWAY_INFORM_MANAGER, GATEWAY_WHICH_LEVEL)
                .isWaitingAt(USER_TASK_HANDLE_ESCALATION, USER_TASK_NOTICE_ESCALATION_TO_MANAGER);
        assertThat(escalation).variables().containsEntry(NEXT_LEVEL, "TACTICAL").containsEntry(ASSIGNEE_GROUP, "tactisch-overleg")
                .containsEntry(RESPONSE_DUE, "P10D").containsEntry(RESPONSE_DUE_DATE, startPlus(Duration.ofDays(10)))
                .containsEntry(LOWER_LEVEL_GROUP, "politie").doesNotContainKey("decisionResult");
        assertThat(escalation.getTenantId()).isEqualTo(UTRECHT);

        Task handle = levelTask(escalation);
        assertThat(handle).hasName("Opschaling behandelen — " + CASE).hasCandidateGroup("tactisch-overleg")
                .hasDueDate(startPlus(Duration.ofDays(10)));
        assertThat(handle.getPriority()).isEqualTo(70);
        assertThat(handle.getTenantId()).isEqualTo(UTRECHT);
        assertThat(deployedFormIdOf(handle)).isEqualTo(FORM_HANDLE);
        assertDueAt(levelTimer(escalation), startPlus(Duration.ofDays(10)));
        Task notice = task(USER_TASK_NOTICE_ESCALATION_TO_MANAGER, escalation);
        assertThat(notice).hasName("Opschaling ter kennisname — " + CASE).hasCandidateGroup("vh-manager");
        assertThat(deployedFormIdOf(notice)).isEqualTo(FORM_MANAGER_NOTICE);

        complete(handle, resolved());

        // recorded in the completion's transaction: the texts left the engine at once
        assertThat(escalation).isWaitingAt(SERVICE_TASK_RECORD_LEVEL_DECISION);
        assertThat(escalation).variables().doesNotContainKeys(ESCALATION_DECISION_TEXT, ESCALATION_MEASURES)
                .containsEntry(ESCALATION_DECISION, DECISION_RESOLVED);
        assertThat(jobQuery().timers().processInstanceId(escalation.getId()).count()).as("deadline gone with the task").isZero();
        execute(job(escalation));

        assertThat(escalation).hasPassed(GATEWAY_LEVEL_DECISION, SERVICE_TASK_PREPARE_FEEDBACK)
                .isWaitingAt(USER_TASK_CARRY_OUT_DECISION, USER_TASK_NOTICE_DECISION, USER_TASK_NOTICE_ESCALATION_TO_MANAGER);
        Task carryOut = task(USER_TASK_CARRY_OUT_DECISION, escalation);
        assertThat(carryOut).hasName("Besluit opschaling uitvoeren — " + CASE).isAssignedTo("jeugdzorg.utrecht")
                .hasDueDate(startPlus(Duration.ofDays(10)));
        assertThat(candidateGroups(carryOut)).containsExactly("jeugdzorg");
        assertThat(deployedFormIdOf(carryOut)).isEqualTo(FORM_CARRY_OUT);
        List<Task> notices = tasks(escalation, USER_TASK_NOTICE_DECISION);
        assertThat(notices).extracting(Task::getName).containsOnly("Besluit opschaling bekijken — " + CASE);
        assertThat(notices).flatExtracting(EscalationProcessTest::candidateGroups).containsExactlyInAnyOrder("politie", "jeugdzorg");
        assertThat(deployedFormIdOf(notices.get(0))).isEqualTo(FORM_DECISION_NOTICE);

        complete(carryOut, withVariables(DECISION_CARRIED_OUT, true));
        notices.forEach(n -> complete(n, withVariables(DECISION_NOTICED, true)));
        assertThat(escalation).isWaitingAt(PARALLEL_GATEWAY_FEEDBACK_JOIN);
        executeJobsOf(escalation);

        // the terminate end event also ends the manager's notice: nothing keeps the escalation alive
        assertThat(escalation).hasPassed(END_EVENT_ESCALATION_RESOLVED).hasNotPassed(END_EVENT_MANAGER_INFORMED).isEnded();
        assertThat(taskQuery().processInstanceId(escalation.getId()).count()).isZero();
        assertThat(fakes.calls()).containsExactly(REGISTER_ESCALATION_DELEGATE, OPEN_ESCALATION_LEVEL_DELEGATE,
                RECORD_ESCALATION_DECISION_DELEGATE, PREPARE_ESCALATION_FEEDBACK_DELEGATE);
    }

    @Test
    void whenTheCaseClosesTheEscalationEndsWithItAndEveryTaskAndDeadlineOfItDisappears() {
        ProcessInstance escalation = escalate("DISAGREEMENT");
        assertThat(escalation).isWaitingAt(USER_TASK_HANDLE_ESCALATION, USER_TASK_NOTICE_ESCALATION_TO_MANAGER);
        assertThat(levelTimer(escalation)).isNotNull();

        // the application ended the record in the closing transaction and correlates the message to each running escalation
        runtimeService().createMessageCorrelation(MESSAGE_CASE_CLOSED).processInstanceId(escalation.getId()).correlate();

        assertThat(escalation).hasPassed(START_EVENT_CASE_CLOSED, END_EVENT_ESCALATION_ENDED_WITH_CASE)
                .hasNotPassed(SERVICE_TASK_RECORD_LEVEL_DECISION, END_EVENT_MANAGER_INFORMED).isEnded();
        assertThat(taskQuery().processInstanceId(escalation.getId()).count()).as("governance and manager lose the task").isZero();
        assertThat(jobQuery().processInstanceId(escalation.getId()).count()).as("no deadline climbs any more").isZero();
        assertThat(fakes.calls()).containsExactly(REGISTER_ESCALATION_DELEGATE, OPEN_ESCALATION_LEVEL_DELEGATE);
    }

    @Test
    void aResolvedEscalationStillGivingFeedbackEndsWhenTheCaseClosesSoTheCaseDirectorKeepsNoTask() {
        ProcessInstance escalation = escalate("DISAGREEMENT");
        complete(levelTask(escalation), resolved());
        execute(job(escalation));
        assertThat(escalation).isWaitingAt(USER_TASK_CARRY_OUT_DECISION, USER_TASK_NOTICE_DECISION);

        runtimeService().createMessageCorrelation(MESSAGE_CASE_CLOSED).processInstanceId(escalation.getId()).correlate();

        assertThat(escalation).hasPassed(END_EVENT_ESCALATION_ENDED_WITH_CASE).hasNotPassed(END_EVENT_ESCALATION_RESOLVED).isEnded();
        assertThat(taskQuery().processInstanceId(escalation.getId()).count()).isZero();
    }

    @Test
    void aNationalReviewIsWithdrawnWhenTheEscalationsCaseClosesAndTheNationalMeetingLosesItsTask() {
        ProcessInstance escalation = escalatedFrom("STRATEGIC");
        ProcessInstance national = nationalReviewOf(REFERENCE);
        assertThat(escalation).isWaitingAt(RECEIVE_TASK_AWAIT_NATIONAL_REVIEW);
        assertThat(task(EscalationNationalReviewProcess.USER_TASK_REVIEW_NATIONALLY, national)).hasCandidateGroup("landelijk-overleg");

        runtimeService().createMessageCorrelation(MESSAGE_CASE_CLOSED).processInstanceId(escalation.getId()).correlate();
        runtimeService().createMessageCorrelation(EscalationNationalReviewProcess.MESSAGE_REVIEW_WITHDRAWN)
                .processInstanceBusinessKey(REFERENCE).correlate();

        assertThat(escalation).hasPassed(END_EVENT_ESCALATION_ENDED_WITH_CASE).isEnded();
        assertThat(national).hasPassed(EscalationNationalReviewProcess.START_EVENT_REVIEW_WITHDRAWN,
                EscalationNationalReviewProcess.END_EVENT_NATIONAL_REVIEW_WITHDRAWN)
                .hasNotPassed(EscalationNationalReviewProcess.SERVICE_TASK_REPORT_TO_REGION).isEnded();
        assertThat(taskQuery().processInstanceId(national.getId()).count()).isZero();
        assertThat(jobQuery().processInstanceId(national.getId()).count()).as("no national deadline left").isZero();
    }

    @Test
    void tacticalMeetingEscalatesFurtherAndTheSteeringGroupResolvesWhileTheManagerIsToldOfEachStep() {
        ProcessInstance escalation = escalate("AGREEMENT_NOT_HONOURED");
        complete(task(USER_TASK_NOTICE_ESCALATION_TO_MANAGER, escalation), withVariables(MANAGER_NOTICED, true));
        assertThat(escalation).hasPassed(END_EVENT_MANAGER_INFORMED);

        complete(levelTask(escalation), decided(DECISION_ESCALATE, "Partnermanagement komt er niet uit"));
        execute(job(escalation));

        assertThat(escalation).hasPassed(GATEWAY_LEVEL_JOIN).isWaitingAt(USER_TASK_HANDLE_ESCALATION, USER_TASK_NOTICE_ESCALATION_TO_MANAGER);
        assertThat(escalation).variables().containsEntry(CURRENT_LEVEL, "TACTICAL").containsEntry(NEXT_LEVEL, "STRATEGIC")
                .containsEntry(LOWER_LEVEL_GROUP, "tactisch-overleg").doesNotContainKeys(ESCALATION_DECISION, ESCALATION_DECISION_REASON);
        Task steeringGroup = levelTask(escalation);
        assertThat(steeringGroup).hasCandidateGroup("stuurgroep").hasDueDate(startPlus(Duration.ofDays(14)));
        assertThat(task(USER_TASK_NOTICE_ESCALATION_TO_MANAGER, escalation)).as("the manager is told of the climb")
                .hasCandidateGroup("vh-manager");

        complete(steeringGroup, resolved());
        execute(job(escalation));

        assertThat(escalation).isWaitingAt(USER_TASK_CARRY_OUT_DECISION, USER_TASK_NOTICE_DECISION, USER_TASK_NOTICE_ESCALATION_TO_MANAGER);
        assertThat(fakes.levels()).extracting(l -> l.get("level") + ":" + l.get("outcome"))
                .containsExactly("TACTICAL:ESCALATED", "STRATEGIC:RESOLVED");
    }

    @Test
    void tacticalMeetingThatLetsItsDeadlinePassIsSkippedAndTheEscalatingPartnerIsTold() {
        ProcessInstance escalation = escalate("CAPACITY");
        Job deadline = assertDueAt(levelTimer(escalation), startPlus(Duration.ofDays(10)));

        advanceClock(Duration.ofDays(10).plusMinutes(1));
        execute(deadline);

        assertThat(escalation).hasPassed(BOUNDARY_EVENT_LEVEL_OVERDUE, SERVICE_TASK_RECORD_TIMEOUT, PARALLEL_GATEWAY_TIMEOUT_FORK,
                GATEWAY_CLIMB_JOIN).isWaitingAt(USER_TASK_HANDLE_ESCALATION, USER_TASK_NOTICE_TIMEOUT, USER_TASK_NOTICE_ESCALATION_TO_MANAGER);
        Task steeringGroup = levelTask(escalation);
        assertThat(steeringGroup).hasCandidateGroup("stuurgroep").hasDueDate(startPlus(Duration.ofDays(24).plusMinutes(1)));
        Task timeoutNotice = task(USER_TASK_NOTICE_TIMEOUT, escalation);
        assertThat(timeoutNotice).hasName("Verlopen opschalingstermijn bekijken — " + CASE).hasCandidateGroup("politie");
        assertThat(deployedFormIdOf(timeoutNotice)).isEqualTo(FORM_TIMEOUT_NOTICE);
        assertThat(tasks(escalation, USER_TASK_NOTICE_ESCALATION_TO_MANAGER)).as("one notice per level").hasSize(2);
        assertThat(fakes.levels()).extracting(l -> l.get("level") + ":" + l.get("outcome"))
                .containsExactly("TACTICAL:TIMED_OUT", "STRATEGIC:null");

        complete(timeoutNotice, withVariables(TIMEOUT_NOTICED, true));
        assertThat(escalation).hasPassed(END_EVENT_TIMEOUT_NOTICED).isWaitingAt(USER_TASK_HANDLE_ESCALATION);
    }

    @Test
    void steeringGroupThatLetsItsDeadlinePassSendsItToTheNationalMeetingWithoutPersonalData() {
        ProcessInstance escalation = escalatedFrom("TACTICAL");
        assertThat(levelTask(escalation)).hasCandidateGroup("stuurgroep");

        advanceClock(Duration.ofDays(14).plusMinutes(1));
        execute(levelTimer(escalation));

        assertThat(escalation).hasPassed(SERVICE_TASK_REQUEST_NATIONAL_REVIEW)
                .isWaitingAt(RECEIVE_TASK_AWAIT_NATIONAL_REVIEW, USER_TASK_NOTICE_TIMEOUT, USER_TASK_NOTICE_ESCALATION_TO_MANAGER);
        assertThat(task(USER_TASK_NOTICE_TIMEOUT, escalation)).as("the level below the steering group").hasCandidateGroup("tactisch-overleg");
        ProcessInstance national = nationalReviewOf(REFERENCE);
        assertThat(national.getTenantId()).as("the national meeting has no tenant").isNull();
        assertThat(runtimeService().createProcessInstanceQuery().superProcessInstanceId(escalation.getId()).count())
                .as("a process of its own, not called").isZero();
        Task review = task(EscalationNationalReviewProcess.USER_TASK_REVIEW_NATIONALLY, national);
        assertThat(review).hasName("Opschaling landelijk beoordelen — " + REFERENCE).hasCandidateGroup("landelijk-overleg")
                .hasDueDate(startPlus(Duration.ofDays(14 + 28).plusMinutes(1)));
        assertThat(review.getTenantId()).isNull();
        assertThat(review.getPriority()).isEqualTo(70);
        assertThat(deployedFormIdOf(review)).isEqualTo(EscalationNationalReviewProcess.FORM_NATIONAL_REVIEW);
        assertDueAt(nationalTimer(national), startPlus(Duration.ofDays(14 + 28).plusMinutes(1)));

        // the national view: only the non-personal variables; no case number, case, partner or names
        Map<String, Object> nationalVariables = taskService().getVariables(review.getId());
        assertThat(nationalVariables.keySet()).containsExactlyInAnyOrderElementsOf(EscalationNationalReviewProcess.INPUT_VARIABLES);
        assertThat(nationalVariables.values()).extracting(String::valueOf)
                .noneMatch(value -> value.contains(CASE) || value.contains("jeugdzorg") || value.contains("politie"));
        assertThat(nationalVariables).containsEntry(REGION, UTRECHT).containsEntry(REASON, "DISAGREEMENT")
                .containsEntry(CURRENT_LEVEL, "STRATEGIC").containsEntry(NEXT_LEVEL, "NATIONAL");

        complete(review, resolved());
        assertThat(national).isWaitingAt(EscalationNationalReviewProcess.SERVICE_TASK_RECORD_NATIONAL_DECISION);
        execute(job(national));

        assertThat(national).hasPassed(EscalationNationalReviewProcess.SERVICE_TASK_REPORT_TO_REGION,
                EscalationNationalReviewProcess.END_EVENT_NATIONAL_REVIEW_DONE).isEnded();
        assertThat(escalation).variables().containsEntry(ESCALATION_DECISION, DECISION_RESOLVED)
                .containsEntry(NATIONAL_REVIEW_TIMED_OUT, false);
        execute(job(escalation));
        assertThat(escalation).hasPassed(RECEIVE_TASK_AWAIT_NATIONAL_REVIEW, GATEWAY_NATIONAL_ANSWERED, GATEWAY_DECISION_JOIN,
                SERVICE_TASK_PREPARE_FEEDBACK).isWaitingAt(USER_TASK_CARRY_OUT_DECISION, USER_TASK_NOTICE_DECISION);
    }

    @Test
    void nationalMeetingSendsItBackAndTheSteeringGroupTakesItBack() {
        ProcessInstance escalation = escalatedFrom("STRATEGIC");
        ProcessInstance national = nationalReviewOf(REFERENCE);
        Task review = task(EscalationNationalReviewProcess.USER_TASK_REVIEW_NATIONALLY, national);

        complete(review, decided(DECISION_SEND_BACK, "Regionaal op te lossen met de gemeenten"));
        execute(job(national));
        assertThat(national).isEnded();
        execute(job(escalation));

        assertThat(escalation).hasPassed(GATEWAY_LEVEL_DECISION).isWaitingAt(USER_TASK_HANDLE_SENT_BACK);
        Task sentBack = task(USER_TASK_HANDLE_SENT_BACK, escalation);
        assertThat(sentBack).hasName("Teruggestuurde opschaling oppakken — " + CASE).hasCandidateGroup("stuurgroep")
                .hasDueDate(startPlus(Duration.ofDays(10)));
        assertThat(deployedFormIdOf(sentBack)).isEqualTo(FORM_SENT_BACK);

        complete(sentBack, withVariables(ESCALATION_RESPONSE, RESPONSE_TAKE_BACK));
        execute(job(escalation));

        assertThat(escalation).hasPassed(GATEWAY_ESCALATE_AGAIN, END_EVENT_ESCALATION_TAKEN_BACK).isEnded();
        assertThat(taskQuery().processInstanceId(escalation.getId()).count()).as("the manager's notice ended too").isZero();
    }

    @Test
    void nationalMeetingCannotEscalateFurtherAndKeepsItsTask() {
        ProcessInstance escalation = escalatedFrom("STRATEGIC");
        ProcessInstance national = nationalReviewOf(REFERENCE);
        Task review = task(EscalationNationalReviewProcess.USER_TASK_REVIEW_NATIONALLY, national);

        assertThatThrownBy(() -> complete(review, decided(DECISION_ESCALATE, "Naar de minister")))
                .hasMessageContaining(EscalationFakes.NATIONAL_CANNOT_ESCALATE);

        assertThat(national).isWaitingAt(EscalationNationalReviewProcess.USER_TASK_REVIEW_NATIONALLY);
        assertThat(task(EscalationNationalReviewProcess.USER_TASK_REVIEW_NATIONALLY, national).getId()).isEqualTo(review.getId());
    }

    @Test
    void nationalMeetingThatLetsItsDeadlinePassLeavesTheEscalationUnansweredWithTheSteeringGroup() {
        ProcessInstance escalation = escalatedFrom("STRATEGIC");
        ProcessInstance national = nationalReviewOf(REFERENCE);
        Job deadline = assertDueAt(nationalTimer(national), startPlus(Duration.ofDays(28)));

        advanceClock(Duration.ofDays(28).plusMinutes(1));
        execute(deadline);

        assertThat(national).hasPassed(EscalationNationalReviewProcess.BOUNDARY_EVENT_NATIONAL_REVIEW_OVERDUE,
                EscalationNationalReviewProcess.SERVICE_TASK_RECORD_NATIONAL_TIMEOUT, EscalationNationalReviewProcess.GATEWAY_REPORT_JOIN,
                EscalationNationalReviewProcess.SERVICE_TASK_REPORT_TO_REGION).isEnded();
        assertThat(taskQuery().processInstanceId(national.getId()).count()).isZero();
        execute(job(escalation));

        assertThat(escalation).hasPassed(GATEWAY_NATIONAL_ANSWERED)
                .isWaitingAt(USER_TASK_HANDLE_NATIONAL_UNANSWERED, USER_TASK_NOTICE_ESCALATION_TO_MANAGER);
        Task unanswered = task(USER_TASK_HANDLE_NATIONAL_UNANSWERED, escalation);
        assertThat(unanswered).hasName("Onbeantwoorde landelijke opschaling oppakken — " + CASE).hasCandidateGroup("stuurgroep");
        assertThat(unanswered.getTenantId()).isEqualTo(UTRECHT);
        assertThat(deployedFormIdOf(unanswered)).isEqualTo(FORM_NATIONAL_UNANSWERED);
        assertThat(fakes.levels()).extracting(l -> l.get("level") + ":" + l.get("outcome")).containsExactly("NATIONAL:TIMED_OUT");

        complete(unanswered, withVariables(UNANSWERED_NOTICED, true));
        assertThat(escalation).hasPassed(END_EVENT_NATIONAL_UNANSWERED).isEnded();
    }

    @Test
    void tacticalMeetingSendsItBackToTheEscalatingPartnerWhichEscalatesAgain() {
        ProcessInstance escalation = escalate("ACUTE_RISK");
        Task handle = levelTask(escalation);
        assertThat(handle).as("an acute risk: two days, top priority").hasDueDate(startPlus(Duration.ofDays(2)));

        complete(handle, decided(DECISION_SEND_BACK, "Eerst een gezamenlijk huisbezoek afleggen"));
        execute(job(escalation));
        Task sentBack = task(USER_TASK_HANDLE_SENT_BACK, escalation);
        assertThat(sentBack).as("operational level: the partner that escalated").hasCandidateGroup("politie");

        assertThatThrownBy(() -> complete(sentBack, withVariables(ESCALATION_RESPONSE, RESPONSE_ESCALATE_AGAIN)))
                .hasMessageContaining(EscalationFakes.MISSING_REASON);
        complete(sentBack, withVariables(ESCALATION_RESPONSE, RESPONSE_ESCALATE_AGAIN, ESCALATION_RESPONSE_REASON,
                "Huisbezoek afgelegd; de zorgpartner weigert nog steeds"));
        execute(job(escalation));

        assertThat(escalation).hasPassed(SERVICE_TASK_RECORD_SENT_BACK_RESPONSE, GATEWAY_CLIMB_JOIN)
                .isWaitingAt(USER_TASK_HANDLE_ESCALATION);
        assertThat(levelTask(escalation)).hasCandidateGroup("tactisch-overleg");
        assertThat(escalation).variables().doesNotContainKeys(ESCALATION_RESPONSE, ESCALATION_RESPONSE_REASON);
        assertThat(fakes.levels()).extracting(l -> l.get("level") + ":" + l.get("outcome"))
                .containsExactly("TACTICAL:SENT_BACK", "TACTICAL:null");
    }

    @Test
    void aResolutionWithoutMeasuresFailsTheCompletionAndTheTaskStaysOpen() {
        ProcessInstance escalation = escalate("DISAGREEMENT");
        Task handle = levelTask(escalation);

        assertThatThrownBy(() -> complete(handle, withVariables(ESCALATION_DECISION, DECISION_RESOLVED, ESCALATION_DECISION_TEXT,
                "Jeugdzorg neemt het op"))).hasMessageContaining(EscalationFakes.MISSING_DECISION_TEXT);

        assertThat(escalation).isWaitingAt(USER_TASK_HANDLE_ESCALATION);
        assertThat(levelTask(escalation).getId()).isEqualTo(handle.getId());
        assertThat(runtimeService().getVariable(escalation.getId(), ESCALATION_DECISION)).as("nothing stored").isNull();
    }

    @Test
    void structuralEscalationFromTheStartFormGoesToTheSteeringGroupAndBackToProcessDirection() {
        String definition = repositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).singleResult().getId();
        assertThat(deployedStartFormIdOf(definition)).isEqualTo(FORM_START);

        ProcessInstance escalation = runtimeService().startProcessInstanceByKey(KEY, withVariables(REGION, UTRECHT, CURRENT_LEVEL,
                "TACTICAL", REASON, "CAPACITY", ESCALATION_DESCRIPTION, "Wachtlijst GGZ van twaalf weken blokkeert casussen"));
        execute(job(escalation));

        assertThat(escalation).variables().doesNotContainKey(ESCALATION_DESCRIPTION).containsEntry(ESCALATION_KIND, KIND_STRUCTURAL);
        Task steeringGroup = levelTask(escalation);
        assertThat(steeringGroup).hasName("Opschaling behandelen — " + REFERENCE).hasCandidateGroup("stuurgroep")
                .hasDueDate(startPlus(Duration.ofDays(14)));
        assertThat(steeringGroup.getPriority()).isEqualTo(50);

        complete(steeringGroup, resolved());
        execute(job(escalation));

        // no case: process direction carries the decision out, no partner is told (the notices are skipped)
        assertThat(escalation).isWaitingAt(USER_TASK_CARRY_OUT_DECISION);
        assertThat(tasks(escalation, USER_TASK_NOTICE_DECISION)).isEmpty();
        Task carryOut = task(USER_TASK_CARRY_OUT_DECISION, escalation);
        assertThat(carryOut).hasCandidateGroup("procesregie");
        assertThat(carryOut.getAssignee()).isNull();
        complete(carryOut, withVariables(DECISION_CARRIED_OUT, true));
        executeJobsOf(escalation);
        assertThat(escalation).hasPassed(END_EVENT_ESCALATION_RESOLVED).isEnded();
    }

    @Test
    void aStartFormWithoutDescriptionStartsNothing() {
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY,
                withVariables(REGION, UTRECHT, CURRENT_LEVEL, "TACTICAL", REASON, "CAPACITY")))
                .hasMessageContaining(EscalationFakes.MISSING_DESCRIPTION);

        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }

    private Map<String, Object> taskVariables(Task task) {
        return taskService().getVariables(task.getId());
    }
}
