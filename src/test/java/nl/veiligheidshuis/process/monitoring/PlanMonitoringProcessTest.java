package nl.veiligheidshuis.process.monitoring;

import static nl.veiligheidshuis.casefile.CaseVariables.*;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.monitoring.Schedule;
import nl.veiligheidshuis.process.monitoring.MonitoringFakes.Agreement;
import nl.veiligheidshuis.process.monitoring.MonitoringFakes.Escalation;
import nl.veiligheidshuis.process.support.ProcessCoverage;
import nl.veiligheidshuis.process.support.ProcessTestCase;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code plan-monitoring}: every agreement of a fixed plan version followed on its own (report task at once with the
 * agreement's due date, reminders before and on the due date, one escalation when unreported a week later or
 * reported not done, while the rest runs on), the director's evaluation at the interval of the real
 * {@code monitoring-frequency} table, and the ends: adjust, new conference, or close with notices, a transfer or
 * not, and the aftercare check that keeps the case closed or reopens it. Timers are driven by the engine clock;
 * delegates are fakes ({@link MonitoringFakes}).
 */
@Deployment(resources = {
        "processes/plan-monitoring.bpmn",
        "decisions/monitoring-frequency.dmn",
        "forms/monitoring-agreement-report.form",
        "forms/monitoring-agreement-reminder.form",
        "forms/monitoring-evaluation.form",
        "forms/monitoring-evaluation-overdue.form",
        "forms/monitoring-closure-notice.form",
        "forms/monitoring-transfer.form",
        "forms/monitoring-aftercare-check.form"})
class PlanMonitoringProcessTest extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessCoverage.extension();

    @Override
    protected ProcessEngineExtension extension() {
        return extension;
    }

    static final String CASE = "VH-2026-000123";
    static final Long ID = 123L;
    static final String UTRECHT = "utrecht";
    static final String DIRECTOR = "jeugdzorg.utrecht";
    static final String SUMMARY = "Sem gaat weer naar school; het gezin heeft vaste hulp van het wijkteam.";

    static final LocalDate DAY_ONE = LocalDate.of(2026, 3, 2);
    /** A1 police, due in two weeks; A2 youth care in four; A3 municipality in five. */
    static final List<Agreement> PLAN = List.of(
            new Agreement("A1", "politie", DAY_ONE.plusWeeks(2)),
            new Agreement("A2", "jeugdzorg", DAY_ONE.plusWeeks(4)),
            new Agreement("A3", "gemeente", DAY_ONE.plusWeeks(5)));
    /** monitoring-frequency for a NORMAL case without a minor. */
    static final String NORMAL_INTERVAL = "P42D";
    static final String NORMAL_AFTERCARE = "P6M";

    private MonitoringFakes fakes;

    @BeforeEach
    void registerMonitoringFakes() {
        fakes = new MonitoringFakes().register().withPlan(PLAN);
    }

    // ------------------------------------------------------------------ the happy path

    @Test
    void aFixedPlansAgreementsReachTheirPartnersWithTheirDueDatesWhileTheDirectorEvaluatesAtTheTablesInterval() {
        ProcessInstance monitoring = start();

        assertThat(monitoring).hasPassedInOrder(START_EVENT_MONITORING_STARTED, SERVICE_TASK_PREPARE_MONITORING, START_EVENT_FOLLOWING_STARTED,
                PARALLEL_GATEWAY_FOLLOW_FORK, BUSINESS_RULE_TASK_DETERMINE_EVALUATION_INTERVAL)
                .isWaitingAt(USER_TASK_REPORT_AGREEMENT, INTERMEDIATE_CATCH_EVENT_EVALUATION_DUE);
        assertThat(monitoring.getTenantId()).isEqualTo(UTRECHT);
        // the collection of the multi-instance: an ArrayList stored as JSON, never Java-serialized
        ObjectValue keys = runtimeService().getVariableTyped(monitoring.getId(), AGREEMENT_KEYS, false);
        assertThat(keys.getSerializationDataFormat()).isEqualTo("application/json");
        assertThat(keys.getValueSerialized()).isEqualTo("[\"A1\",\"A2\",\"A3\"]");

        // each agreement is at once in its partner's inbox, with its due date, reminder as follow-up date, in Utrecht
        for (Agreement agreement : PLAN) {
            Task report = reportTask(monitoring, agreement.key());
            assertThat(report).hasName("Afspraak rapporteren — " + CASE + " (" + agreement.key() + ")").hasCandidateGroup(agreement.partner())
                    .hasDueDate(Date.from(Schedule.dueAt(agreement.dueDate())));
            assertThat(candidateGroups(report)).containsExactly(agreement.partner());
            assertThat(report.getFollowUpDate()).isEqualTo(Date.from(Schedule.reminderAt(agreement.dueDate(), START)));
            assertThat(report.getTenantId()).isEqualTo(UTRECHT);
            assertThat(report.getPriority()).isEqualTo(50);
            assertThat(deployedFormIdOf(report)).isEqualTo(FORM_AGREEMENT_REPORT);
        }
        // the real table chose six weeks for a normal case without a minor; the status projection was told
        assertThat(monitoring).variables().containsEntry(EVALUATION_INTERVAL, NORMAL_INTERVAL).doesNotContainKey("decisionResult");
        assertDueAt(evaluationTimer(monitoring), calendarPlus(START, 42));
        assertThat(fakes.scheduled()).containsExactly(INTERMEDIATE_CATCH_EVENT_EVALUATION_DUE + ":" + NORMAL_INTERVAL);

        // the police report early, youth care partly: each tracking ends with its report, its timers with it
        report(monitoring, "A1", "DONE", null);
        report(monitoring, "A2", "PARTLY", "Intake gedaan, begeleiding start pas na de zomer");
        assertThat(fakes.states()).containsEntry("A1", "DONE").containsEntry("A2", "PARTLY").containsEntry("A3", "OPEN");
        assertThat(taskQuery().processInstanceId(monitoring.getId()).taskDefinitionKey(USER_TASK_REPORT_AGREEMENT).list())
                .extracting(Task::getName).containsExactly("Afspraak rapporteren — " + CASE + " (A3)");
        assertThat(jobQuery().timers().processInstanceId(monitoring.getId()).activityId(BOUNDARY_EVENT_REPORT_OVERDUE).count()).isOne();
        report(monitoring, "A3", "DONE", null);
        assertThat(monitoring).hasPassed(END_EVENT_AGREEMENTS_FOLLOWED);
        assertThat(fakes.escalations()).isEmpty();

        // the evaluation falls due: the director (and colleagues of youth care) evaluates with the state of the agreements
        ClockUtil.setCurrentTime(calendarPlus(START, 42));
        executeDueJobs(monitoring);
        Task evaluation = task(USER_TASK_EVALUATE_CASE, monitoring);
        assertThat(evaluation).hasName("Casus evalueren — " + CASE).isAssignedTo(DIRECTOR)
                .hasDueDate(calendarPlus(ClockUtil.getCurrentTime().toInstant(), 5));
        assertThat(candidateGroups(evaluation)).as("a colleague of the director can take over").containsExactly("jeugdzorg");
        assertThat(evaluation.getTenantId()).isEqualTo(UTRECHT);
        assertThat(deployedFormIdOf(evaluation)).isEqualTo(FORM_EVALUATION);
        assertThat(taskService().getVariable(evaluation.getId(), MONITORING_AGREEMENTS).toString()).contains("A1", "A2", "A3");

        // continue: a new cycle at the table's interval
        complete(evaluation, withVariables(EVALUATION_DECISION, DECISION_CONTINUE));
        executeDueJobs(monitoring);
        assertThat(monitoring).isWaitingAt(INTERMEDIATE_CATCH_EVENT_EVALUATION_DUE);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(monitoring.getId())
                .activityId(BUSINESS_RULE_TASK_DETERMINE_EVALUATION_INTERVAL).count()).as("the table again, for the new cycle").isEqualTo(2);
        assertDueAt(evaluationTimer(monitoring), calendarPlus(ClockUtil.getCurrentTime().toInstant(), 42));
        assertThat(fakes.scheduled()).hasSize(2);

        // next time the director asks for an adjusted plan: this version's monitoring ends with that outcome
        ClockUtil.setCurrentTime(calendarPlus(ClockUtil.getCurrentTime().toInstant(), 42));
        executeDueJobs(monitoring);
        Task second = task(USER_TASK_EVALUATE_CASE, monitoring);
        assertThat(taskService().getVariable(second.getId(), EVALUATION_DECISION)).as("last cycle's answer is forgotten").isNull();
        complete(second, withVariables(EVALUATION_DECISION, DECISION_ADJUST_PLAN, EVALUATION_NOTE, "De school vraagt om extra begeleiding"));
        executeDueJobs(monitoring);
        assertThat(monitoring).hasPassed(END_EVENT_FOLLOWING_STOPPED, GATEWAY_MONITORING_DECISION, END_EVENT_PLAN_ADJUSTMENT_REQUESTED).isEnded();
        assertThat(outcomeOf(monitoring)).isEqualTo(OUTCOME_ADJUST_PLAN);
    }

    // ------------------------------------------------------------------ one agreement: reminders, overdue, escalation

    @Test
    void theResponsiblePartnerIsRemindedThreeDaysBeforeAndOnTheDueDateUntilItReports() {
        ProcessInstance monitoring = start();
        LocalDate due = PLAN.get(0).dueDate();

        ClockUtil.setCurrentTime(Date.from(Schedule.reminderAt(due, START)));
        executeDueJobs(monitoring);
        List<Task> reminders = reminders(monitoring);
        assertThat(reminders).singleElement().satisfies(reminder -> {
            assertThat(reminder).hasName("Herinnering afspraak — " + CASE + " (A1)").hasCandidateGroup("politie")
                    .hasDueDate(Date.from(Schedule.dueAt(due)));
            assertThat(deployedFormIdOf(reminder)).isEqualTo(FORM_AGREEMENT_REMINDER);
        });
        assertThat(fakes.states()).containsEntry("A1", "OPEN");
        complete(reminders.get(0), withVariables(REMINDER_NOTICED, true));
        assertThat(monitoring).hasPassed(END_EVENT_REMINDER_NOTICED);
        assertThat(reportTask(monitoring, "A1")).as("the report is still awaited").isNotNull();

        // on the due date: overdue in the case status, and a second reminder
        ClockUtil.setCurrentTime(Date.from(Schedule.dueAt(due)));
        executeDueJobs(monitoring);
        assertThat(monitoring).hasPassed(BOUNDARY_EVENT_AGREEMENT_DUE, SERVICE_TASK_MARK_AGREEMENT_OVERDUE, GATEWAY_REMINDER_JOIN);
        assertThat(fakes.states()).containsEntry("A1", "OVERDUE");
        assertThat(reminders(monitoring)).hasSize(1);

        // the report ends the agreement's tracking, the open reminder and the grace period with it
        report(monitoring, "A1", "DONE", null);
        assertThat(monitoring).hasPassed(GATEWAY_AGREEMENT_KEPT, END_EVENT_AGREEMENT_REPORTED)
                .hasNotPassed(SERVICE_TASK_ESCALATE_NOT_HONOURED_AGREEMENT);
        assertThat(reminders(monitoring)).isEmpty();
        assertThat(jobQuery().timers().processInstanceId(monitoring.getId()).activityId(BOUNDARY_EVENT_REPORT_OVERDUE).count())
                .as("A2 and A3 only").isEqualTo(2);
        ClockUtil.setCurrentTime(Date.from(Schedule.escalationAt(due).plus(Duration.ofHours(1))));
        executeDueJobs(monitoring);
        assertThat(fakes.escalations()).isEmpty();
    }

    @Test
    void anAgreementStillUnreportedAWeekAfterItsDueDateStartsExactlyOneEscalationAndItsReportIsStillAwaited() {
        ProcessInstance monitoring = start();
        LocalDate due = PLAN.get(0).dueDate();

        ClockUtil.setCurrentTime(Date.from(Schedule.escalationAt(due)));
        executeDueJobs(monitoring);

        assertThat(fakes.escalations()).containsExactly(new Escalation("A1", SERVICE_TASK_ESCALATE_OVERDUE_AGREEMENT));
        assertThat(monitoring).hasPassed(BOUNDARY_EVENT_REPORT_OVERDUE, END_EVENT_OVERDUE_AGREEMENT_ESCALATED);
        assertThat(fakes.states()).containsEntry("A1", "OVERDUE").containsEntry("A2", "OPEN").containsEntry("A3", "OPEN");
        // the rest of the plan runs on; the escalated agreement still waits for its report
        assertThat(reportTask(monitoring, "A1")).isNotNull();
        assertThat(reportTask(monitoring, "A2")).isNotNull();
        assertThat(monitoring).isWaitingAt(INTERMEDIATE_CATCH_EVENT_EVALUATION_DUE);

        // time moves on: A2 falls due, A1's grace period does not fire again
        ClockUtil.setCurrentTime(Date.from(Schedule.dueAt(PLAN.get(1).dueDate())));
        executeDueJobs(monitoring);
        assertThat(fakes.states()).containsEntry("A2", "OVERDUE");
        assertThat(fakes.escalations()).as("exactly one escalation").hasSize(1);

        // the late report ends A1's tracking without a second escalation
        report(monitoring, "A1", "DONE", null);
        assertThat(fakes.escalations()).hasSize(1);
        assertThat(taskQuery().processInstanceId(monitoring.getId()).taskDefinitionKey(USER_TASK_NOTICE_REMINDER).list())
                .extracting(Task::getName).containsOnly("Herinnering afspraak — " + CASE + " (A2)");
    }

    @Test
    void anAgreementReportedNotDoneEscalatesAtOnceAndTheRestOfThePlanRunsOn() {
        ProcessInstance monitoring = start();
        Task police = reportTask(monitoring, "A1");

        // bad input is refused with a message, the task stays with its partner, nothing is recorded
        assertThatThrownBy(() -> complete(police, withVariables(AGREEMENT_REPORT, "NOT_DONE")))
                .hasMessageContaining(MonitoringFakes.MISSING_EXPLANATION);
        assertThatThrownBy(() -> complete(police, withVariables(AGREEMENT_REPORT, "MISSCHIEN")))
                .hasMessageContaining(MonitoringFakes.UNKNOWN_REPORT);
        assertThat(reportTask(monitoring, "A1")).isNotNull();
        assertThat(fakes.states()).containsEntry("A1", "OPEN");

        report(monitoring, "A1", "NOT_DONE", "Geen capaciteit voor huisbezoeken deze maand");

        assertThat(monitoring).hasPassed(GATEWAY_AGREEMENT_KEPT, SERVICE_TASK_ESCALATE_NOT_HONOURED_AGREEMENT,
                END_EVENT_NOT_HONOURED_AGREEMENT_ESCALATED).hasNotPassed(END_EVENT_AGREEMENT_REPORTED);
        assertThat(fakes.escalations()).containsExactly(new Escalation("A1", SERVICE_TASK_ESCALATE_NOT_HONOURED_AGREEMENT));
        assertThat(fakes.states()).containsEntry("A1", "NOT_DONE");
        assertThat(reportTask(monitoring, "A2")).isNotNull();
        assertThat(reportTask(monitoring, "A3")).isNotNull();
        assertThat(jobQuery().timers().processInstanceId(monitoring.getId()).activityId(BOUNDARY_EVENT_REPORT_OVERDUE).count()).isEqualTo(2);
        assertThat(monitoring).isWaitingAt(INTERMEDIATE_CATCH_EVENT_EVALUATION_DUE);
    }

    // ------------------------------------------------------------------ evaluation

    @Test
    void aMissedEvaluationIsFollowedUpByProcessDirectionAndANewConferenceEndsTheTrackingOfThisVersion() {
        ProcessInstance monitoring = start();
        Task evaluation = evaluationDue(monitoring);

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(5))));
        executeDueJobs(monitoring);
        Task followUp = task(USER_TASK_FOLLOW_UP_EVALUATION, monitoring);
        assertThat(followUp.getName()).isEqualTo("Uitblijvende evaluatie opvolgen — " + CASE);
        assertThat(candidateGroups(followUp)).containsExactly("procesregie");
        assertThat(deployedFormIdOf(followUp)).isEqualTo(FORM_EVALUATION_OVERDUE);
        complete(followUp, withVariables(EVALUATION_FOLLOWED_UP, true));
        assertThat(monitoring).hasPassed(END_EVENT_EVALUATION_FOLLOWED_UP).isWaitingAt(USER_TASK_EVALUATE_CASE);

        assertThatThrownBy(() -> complete(evaluation, withVariables(EVALUATION_DECISION, DECISION_NEW_CONFERENCE)))
                .hasMessageContaining(MonitoringFakes.MISSING_NOTE);
        assertThatThrownBy(() -> complete(evaluation, withVariables(EVALUATION_DECISION, "LATER")))
                .hasMessageContaining("Kies doorgaan");
        complete(evaluation, withVariables(EVALUATION_DECISION, DECISION_NEW_CONFERENCE, EVALUATION_NOTE, "Geweld thuis is toegenomen"));
        executeDueJobs(monitoring);

        assertThat(monitoring).hasPassed(END_EVENT_FOLLOWING_STOPPED, END_EVENT_NEW_CONFERENCE_REQUESTED).hasNotPassed(SERVICE_TASK_PREPARE_CLOSURE)
                .isEnded();
        assertThat(outcomeOf(monitoring)).isEqualTo(OUTCOME_NEW_CONFERENCE);
        assertThat(taskQuery().processInstanceId(monitoring.getId()).count()).as("every report task ended with the version").isZero();
    }

    // ------------------------------------------------------------------ closing and aftercare

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GOALS_REACHED", "REGULAR_CARE", "LONG_DETENTION", "WITHDRAWN_BY_REFERRER"})
    void aClosedCaseInformsEveryInvolvedPartnerAndTheFormerDirectorChecksItAfterTheAftercareTerm(String reason) {
        ProcessInstance monitoring = start();
        Instant closedAt = closeWith(monitoring, reason, null);

        // every involved partner gets the summary; the case closes alongside
        assertThat(monitoring).hasPassed(SERVICE_TASK_PREPARE_CLOSURE, PARALLEL_GATEWAY_CLOSING_FORK, SERVICE_TASK_CLOSE_CASE,
                GATEWAY_CLOSE_REASON, BUSINESS_RULE_TASK_DETERMINE_AFTERCARE_CHECK)
                .isWaitingAt(USER_TASK_NOTICE_CLOSURE, INTERMEDIATE_CATCH_EVENT_AFTERCARE_DUE);
        assertThat(fakes.calls()).containsSubsequence(RECORD_EVALUATION_DELEGATE, PREPARE_CLOSURE_DELEGATE, CLOSE_CASE_DELEGATE);
        assertThat(taskQuery().processInstanceId(monitoring.getId()).taskDefinitionKey(USER_TASK_REPORT_AGREEMENT).count()).isZero();
        List<Task> notices = notices(monitoring);
        assertThat(notices).extracting(Task::getName).containsOnly("Afsluiting casus bekijken — " + CASE);
        assertThat(notices).flatExtracting(PlanMonitoringProcessTest::candidateGroups)
                .containsExactlyInAnyOrder("politie", "jeugdzorg", "gemeente");
        assertThat(deployedFormIdOf(notices.get(0))).isEqualTo(FORM_CLOSURE_NOTICE);
        assertThat(taskService().getVariable(notices.get(0).getId(), CLOSING_SUMMARY)).isEqualTo(SUMMARY);
        assertThat(monitoring).variables().containsEntry(CLOSE_REASON, reason).containsEntry(AFTERCARE_CHECK_AFTER, NORMAL_AFTERCARE)
                .doesNotContainKeys(CLOSING_SUMMARY, "decisionResult");
        assertDueAt(aftercareTimer(monitoring), calendarMonthsPlus(closedAt, 6));
        assertThat(fakes.scheduled()).contains(INTERMEDIATE_CATCH_EVENT_AFTERCARE_DUE + ":" + NORMAL_AFTERCARE);
        notices.forEach(notice -> complete(notice, withVariables(CLOSURE_NOTICED, true)));
        assertThat(monitoring).hasPassed(END_EVENT_CLOSURE_NOTICED, END_EVENT_PARTNERS_INFORMED);

        // after the aftercare term the former case director, or process direction, checks the situation
        ClockUtil.setCurrentTime(calendarMonthsPlus(closedAt, 6));
        executeDueJobs(monitoring);
        Task check = task(USER_TASK_CHECK_AFTERCARE, monitoring);
        assertThat(check).hasName("Nazorgcheck — " + CASE).hasCandidateUser(DIRECTOR).hasCandidateGroup("procesregie");
        assertThat(check.getTenantId()).isEqualTo(UTRECHT);
        assertThat(deployedFormIdOf(check)).isEqualTo(FORM_AFTERCARE_CHECK);
        complete(check, withVariables(AFTERCARE_DECISION, AFTERCARE_STABLE));
        executeDueJobs(monitoring);

        assertThat(monitoring).hasPassed(GATEWAY_SITUATION_STABLE, END_EVENT_CASE_CLOSED).hasNotPassed(SERVICE_TASK_REOPEN_CASE).isEnded();
        assertThat(outcomeOf(monitoring)).isEqualTo(OUTCOME_CLOSED);
        assertThat(fakes.calls()).doesNotContain(REOPEN_CASE_DELEGATE);
    }

    @Test
    void anUnstableSituationAtTheAftercareCheckReopensTheCaseForANewConference() {
        ProcessInstance monitoring = start();
        Instant closedAt = closeWith(monitoring, "GOALS_REACHED", null);

        // partners that never read their notice: it lapses after 30 days
        ClockUtil.setCurrentTime(Date.from(closedAt.plus(Duration.ofDays(30))));
        executeDueJobs(monitoring);
        assertThat(monitoring).hasPassed(BOUNDARY_EVENT_CLOSURE_NOTICES_EXPIRED, END_EVENT_CLOSURE_NOTICES_EXPIRED);
        assertThat(notices(monitoring)).isEmpty();

        ClockUtil.setCurrentTime(calendarMonthsPlus(closedAt, 6));
        executeDueJobs(monitoring);
        Task check = task(USER_TASK_CHECK_AFTERCARE, monitoring);
        assertThatThrownBy(() -> complete(check, withVariables(AFTERCARE_DECISION, AFTERCARE_REOPEN)))
                .hasMessageContaining(MonitoringFakes.MISSING_REOPEN_REASON);
        assertThatThrownBy(() -> complete(check, withVariables(AFTERCARE_DECISION, "WEET_NIET")))
                .hasMessageContaining("Kies situatie stabiel of casus heropenen");
        complete(check, withVariables(AFTERCARE_DECISION, AFTERCARE_REOPEN, REOPEN_REASON, "Sem is opnieuw aangehouden"));
        executeDueJobs(monitoring);

        assertThat(monitoring).hasPassed(SERVICE_TASK_REOPEN_CASE, END_EVENT_CASE_REOPENED).hasNotPassed(END_EVENT_CASE_CLOSED).isEnded();
        assertThat(fakes.calls()).endsWith(RECORD_AFTERCARE_CHECK_DELEGATE, REOPEN_CASE_DELEGATE);
        assertThat(outcomeOf(monitoring)).isEqualTo(OUTCOME_NEW_CONFERENCE);
    }

    @Test
    void aPersonWhoMovedIsHandedToProcessDirectionForTheTransferWithoutAnAftercareCheck() {
        ProcessInstance monitoring = start();
        Task evaluation = evaluationDue(monitoring);
        assertThatThrownBy(() -> complete(evaluation, withVariables(EVALUATION_DECISION, DECISION_CLOSE, CLOSE_REASON, REASON_MOVED_REGION,
                CLOSING_SUMMARY, SUMMARY))).hasMessageContaining(MonitoringFakes.MISSING_TARGET_REGION);
        assertThatThrownBy(() -> complete(evaluation, withVariables(EVALUATION_DECISION, DECISION_CLOSE)))
                .hasMessageContaining(MonitoringFakes.MISSING_CLOSING);

        closeWith(monitoring, REASON_MOVED_REGION, "rotterdam-rijnmond");

        Task transfer = task(USER_TASK_ARRANGE_TRANSFER, monitoring);
        assertThat(transfer).hasName("Overdracht aan andere regio regelen — " + CASE).hasCandidateGroup("procesregie");
        assertThat(deployedFormIdOf(transfer)).isEqualTo(FORM_TRANSFER);
        assertThat(taskService().getVariable(transfer.getId(), CLOSE_TARGET_REGION)).isEqualTo("rotterdam-rijnmond");
        complete(transfer, withVariables(TRANSFER_ARRANGED, true));

        assertThat(monitoring).hasPassed(USER_TASK_ARRANGE_TRANSFER, END_EVENT_TRANSFER_ARRANGED)
                .hasNotPassed(BUSINESS_RULE_TASK_DETERMINE_AFTERCARE_CHECK).isNotEnded();
        notices(monitoring).forEach(notice -> complete(notice, withVariables(CLOSURE_NOTICED, true)));
        assertThat(monitoring).isEnded();
        assertThat(outcomeOf(monitoring)).isEqualTo(OUTCOME_CLOSED);
    }

    @Test
    void aCaseClosedAfterDeathGetsNoAftercareCheckAndEndsWhenTheNoticesLapse() {
        ProcessInstance monitoring = start();
        Instant closedAt = closeWith(monitoring, REASON_DECEASED, null);

        assertThat(monitoring).hasPassed(GATEWAY_CLOSE_REASON, END_EVENT_CLOSED_AFTER_DEATH)
                .hasNotPassed(BUSINESS_RULE_TASK_DETERMINE_AFTERCARE_CHECK).isWaitingAt(USER_TASK_NOTICE_CLOSURE);
        assertThat(notices(monitoring)).hasSize(3);

        ClockUtil.setCurrentTime(Date.from(closedAt.plus(Duration.ofDays(30))));
        executeDueJobs(monitoring);
        assertThat(monitoring).hasPassed(END_EVENT_CLOSURE_NOTICES_EXPIRED).isEnded();
        assertThat(outcomeOf(monitoring)).isEqualTo(OUTCOME_CLOSED);
    }

    // ------------------------------------------------------------------ volume

    @Test
    void thirtyAgreementsOfEightPartnersAreReportedSideBySideAndEachReportIsRecorded() {
        List<String> partners = List.of("politie", "om", "reclassering", "jeugdzorg", "ggz", "gemeente", "leerplicht", "woningcorporatie");
        List<Agreement> plan = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            plan.add(new Agreement("A" + n, partners.get((n - 1) % partners.size()), DAY_ONE.plusDays(14 + n)));
        }
        fakes.withPlan(plan);
        ProcessInstance monitoring = start();

        assertThat(taskQuery().processInstanceId(monitoring.getId()).taskDefinitionKey(USER_TASK_REPORT_AGREEMENT).count()).isEqualTo(30);
        for (String partner : partners) {
            long expected = plan.stream().filter(a -> a.partner().equals(partner)).count();
            assertThat(taskQuery().taskCandidateGroup(partner).tenantIdIn(UTRECHT).processInstanceId(monitoring.getId()).count())
                    .as(partner + "'s inbox").isEqualTo(expected);
        }
        // all report before any job runs on: each report stays in its own instance (locally declared variables)
        Map<String, String> expected = new LinkedHashMap<>();
        for (Agreement agreement : plan) {
            int n = Integer.parseInt(agreement.key().substring(1));
            String outcome = n % 5 == 0 ? "PARTLY" : "DONE";
            complete(reportTask(monitoring, agreement.key()), withVariables(AGREEMENT_REPORT, outcome, AGREEMENT_EXPLANATION,
                    "PARTLY".equals(outcome) ? "Deels gelukt" : null));
            expected.put(agreement.key(), outcome);
        }
        assertThat(jobQuery().processInstanceId(monitoring.getId()).activityId(SERVICE_TASK_RECORD_AGREEMENT_REPORT).count()).isEqualTo(30);
        executeDueJobs(monitoring);

        assertThat(fakes.states()).containsExactlyEntriesOf(expected);
        assertThat(fakes.states().values().stream().filter("PARTLY"::equals).count()).isEqualTo(6);
        assertThat(monitoring).hasPassed(END_EVENT_AGREEMENTS_FOLLOWED).isWaitingAt(INTERMEDIATE_CATCH_EVENT_EVALUATION_DUE);
        assertThat(fakes.escalations()).isEmpty();
    }

    // ------------------------------------------------------------------ the contract with case-lifecycle

    @Test
    void theCallerPassesTheCaseInAndReceivesTheOutcomeButNoFreeText() {
        String caller = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    id="Definitions_TestCaller" targetNamespace="https://veiligheidshuis.nl/test">
                  <bpmn:process id="test-monitoring-caller" name="Aanroeper" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="StartEvent_Called" name="Gestart" />
                    <bpmn:callActivity id="CallActivity_Monitoring" name="Plan monitoren" calledElement="plan-monitoring"
                        camunda:calledElementBinding="latest">
                      <bpmn:extensionElements>
                        <camunda:in businessKey="#{execution.processBusinessKey}" />
                        <camunda:in variables="all" />
                        <camunda:out variables="all" />
                      </bpmn:extensionElements>
                    </bpmn:callActivity>
                    <bpmn:receiveTask id="ReceiveTask_AfterMonitoring" name="Na monitoring" />
                    <bpmn:sequenceFlow id="SequenceFlow_ToCall" sourceRef="StartEvent_Called" targetRef="CallActivity_Monitoring" />
                    <bpmn:sequenceFlow id="SequenceFlow_ToReceive" sourceRef="CallActivity_Monitoring" targetRef="ReceiveTask_AfterMonitoring" />
                  </bpmn:process>
                </bpmn:definitions>""";
        String deployment = repositoryService().createDeployment().addString("test-monitoring-caller.bpmn", caller).deploy().getId();
        try {
            Map<String, Object> variables = caseVariables();
            // what a previous round left in the lifecycle: forgotten when monitoring starts again
            variables.put(MONITORING_OUTCOME, OUTCOME_ADJUST_PLAN);
            variables.put(EVALUATION_DECISION, DECISION_ADJUST_PLAN);
            ProcessInstance lifecycle = runtimeService().startProcessInstanceByKey("test-monitoring-caller", CASE, variables);
            ProcessInstance monitoring = runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                    .superProcessInstanceId(lifecycle.getId()).singleResult();
            assertThat(monitoring.getBusinessKey()).isEqualTo(CASE);
            assertThat(monitoring.getTenantId()).isEqualTo(UTRECHT);
            executeDueJobs(monitoring);
            assertThat(monitoring).variables().doesNotContainKeys(MONITORING_OUTCOME, EVALUATION_DECISION);

            Task evaluation = evaluationDue(monitoring);
            complete(evaluation, withVariables(EVALUATION_DECISION, DECISION_NEW_CONFERENCE, EVALUATION_NOTE, "Nieuwe feiten"));
            executeDueJobs(monitoring);

            assertThat(lifecycle).isWaitingAt("ReceiveTask_AfterMonitoring");
            assertThat(runtimeService().getVariables(lifecycle.getId())).containsEntry(MONITORING_OUTCOME, OUTCOME_NEW_CONFERENCE)
                    .containsEntry(PLAN_VERSION, 1).doesNotContainKeys(EVALUATION_NOTE, CLOSING_SUMMARY, MONITORING_AGREEMENTS,
                            AGREEMENT_EXPLANATION, AGREEMENT_SUMMARY);
        } finally {
            repositoryService().deleteDeployment(deployment, true);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** What case-lifecycle passes in: the case's ids, region, triage and the case director, and the fixed version. */
    private static Map<String, Object> caseVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(CASE_ID, ID);
        variables.put(CASE_NUMBER, CASE);
        variables.put(REGION, UTRECHT);
        variables.put(PRIORITY, "NORMAL");
        variables.put(TASK_PRIORITY, 50);
        variables.put(MINOR_INVOLVED, false);
        variables.put(CASE_DIRECTOR_PARTNER, "jeugdzorg");
        variables.put(CASE_DIRECTOR_USER, DIRECTOR);
        variables.put(PLAN_VERSION, 1);
        return variables;
    }

    /** Starts as case-lifecycle calls it, and passes the save point after the agreements are loaded. */
    private ProcessInstance start() {
        ProcessInstance monitoring = runtimeService().createProcessInstanceByKey(KEY).businessKey(CASE).setVariables(caseVariables()).execute();
        assertThat(monitoring).isWaitingAt(SERVICE_TASK_PREPARE_MONITORING);
        executeDueJobs(monitoring);
        return monitoring;
    }

    /** Moves to the first evaluation and returns its task. */
    private Task evaluationDue(ProcessInstance monitoring) {
        ClockUtil.setCurrentTime(evaluationTimer(monitoring).getDuedate());
        executeDueJobs(monitoring);
        return task(USER_TASK_EVALUATE_CASE, monitoring);
    }

    /** Evaluates (now, or when due) with CLOSE for the reason and runs on until the case is closed; returns when it closed. */
    private Instant closeWith(ProcessInstance monitoring, String reason, String targetRegion) {
        Task open = taskQuery().processInstanceId(monitoring.getId()).taskDefinitionKey(USER_TASK_EVALUATE_CASE).singleResult();
        Task evaluation = open != null ? open : evaluationDue(monitoring);
        Map<String, Object> answer = withVariables(EVALUATION_DECISION, DECISION_CLOSE, CLOSE_REASON, reason, CLOSING_SUMMARY, SUMMARY);
        if (targetRegion != null) {
            answer.put(CLOSE_TARGET_REGION, targetRegion);
        }
        complete(evaluation, answer);
        Instant closedAt = ClockUtil.getCurrentTime().toInstant();
        executeDueJobs(monitoring);
        assertThat(monitoring).hasPassed(END_EVENT_FOLLOWING_STOPPED, SERVICE_TASK_CLOSE_CASE);
        return closedAt;
    }

    private void report(ProcessInstance monitoring, String key, String outcome, String explanation) {
        complete(reportTask(monitoring, key), withVariables(AGREEMENT_REPORT, outcome, AGREEMENT_EXPLANATION, explanation));
        executeDueJobs(monitoring);
    }

    private static Task reportTask(ProcessInstance monitoring, String key) {
        return taskQuery().processInstanceId(monitoring.getId()).taskDefinitionKey(USER_TASK_REPORT_AGREEMENT).taskNameLike("%(" + key + ")")
                .singleResult();
    }

    private static List<Task> reminders(ProcessInstance monitoring) {
        return taskQuery().processInstanceId(monitoring.getId()).taskDefinitionKey(USER_TASK_NOTICE_REMINDER).list();
    }

    private static List<Task> notices(ProcessInstance monitoring) {
        return taskQuery().processInstanceId(monitoring.getId()).taskDefinitionKey(USER_TASK_NOTICE_CLOSURE).list();
    }

    private static Job evaluationTimer(ProcessInstance monitoring) {
        return jobQuery().timers().processInstanceId(monitoring.getId()).activityId(INTERMEDIATE_CATCH_EVENT_EVALUATION_DUE).singleResult();
    }

    private static Job aftercareTimer(ProcessInstance monitoring) {
        return jobQuery().timers().processInstanceId(monitoring.getId()).activityId(INTERMEDIATE_CATCH_EVENT_AFTERCARE_DUE).singleResult();
    }

    /** Executes the instance's due jobs (timers whose moment has come, asynchronous continuations) until none is left. */
    private static void executeDueJobs(ProcessInstance monitoring) {
        for (int round = 0; round < 100; round++) {
            List<Job> due = jobQuery().processInstanceId(monitoring.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> execute(job));
        }
        throw new IllegalStateException("Jobs keep coming");
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null).map(IdentityLink::getGroupId)
                .toList();
    }

    private static String outcomeOf(ProcessInstance monitoring) {
        return (String) historyService().createHistoricVariableInstanceQuery().processInstanceId(monitoring.getId())
                .variableName(MONITORING_OUTCOME).singleResult().getValue();
    }

    /** A timer's duration as the engine adds it: calendar days in the JVM's zone. */
    private static Date calendarPlus(Instant from, int days) {
        return Date.from(from.atZone(ZoneId.systemDefault()).plusDays(days).toInstant());
    }

    private static Date calendarMonthsPlus(Instant from, int months) {
        return Date.from(from.atZone(ZoneId.systemDefault()).plusMonths(months).toInstant().truncatedTo(ChronoUnit.SECONDS));
    }
}
