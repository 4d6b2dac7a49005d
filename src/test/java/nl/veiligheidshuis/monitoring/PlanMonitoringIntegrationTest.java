package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseVariables;
import nl.veiligheidshuis.plan.PlanService;
import nl.veiligheidshuis.plan.PlanService.DecisionInput;
import nl.veiligheidshuis.plan.PlanService.StoredVersion;
import nl.veiligheidshuis.plan.PlanSubmission;
import nl.veiligheidshuis.plan.PlanSubmission.AgreementInput;
import nl.veiligheidshuis.plan.PlanSubmission.DomainGoal;
import nl.veiligheidshuis.privacy.AccessLog;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code plan-monitoring} in the assembled application, over HTTP as Tasklist and partner systems use it: a real
 * Utrecht case (referred by the police, accepted by process direction) with a fixed plan made through the plan's own
 * service; monitoring started as case-lifecycle will call it (as no user, the case number as business key, the
 * case's variables). Each agreement reaches its partner of Utrecht with its due date and nobody elsewhere; an
 * overdue agreement escalates once, to Utrecht's tactical meeting; after closing, the partners that worked on the
 * case no longer see it, and the aftercare check can reopen it. The engine clock moves; only this case's jobs run.
 */
@IntegrationTest
class PlanMonitoringIntegrationTest {

    static final String DIRECTOR = "jeugdzorg.utrecht";
    /** Engine REST answers a completion that a delegate refuses with 500 and the reason; the task stays open with its input. */
    static final int REST_FORM_SUBMIT_REFUSED = 500;
    static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    static final String SUMMARY = "Sem gaat weer naar school en het gezin heeft vaste hulp van het wijkteam.";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    CaseFileRepository cases;

    @Autowired
    PlanService planService;

    @Autowired
    AgreementTrackingRepository trackings;

    @Autowired
    CaseClosureRepository closures;

    @Autowired
    AccessLog accessLog;

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void eachAgreementReachesItsPartnerOfUtrechtWithItsDueDateAndAnOverdueOneEscalatesOnceToUtrechtsTacticalMeeting() {
        LocalDate today = LocalDate.now(Schedule.NETHERLANDS);
        CaseFile caseFile = acceptedCase();
        String n = caseFile.getCaseNumber();
        fixedPlan(caseFile, List.of(agreement(1, "politie", today.plusDays(2)), agreement(2, "jeugdzorg", today.plusDays(5)),
                agreement(3, "leerplicht", today.plusDays(30))));
        ProcessInstance monitoring = startMonitoring(caseFile, 1);

        // each agreement is in its own partner's inbox in Utrecht, with its due date; nobody else, nobody in Rotterdam-Rijnmond
        Map<String, LocalDate> due = Map.of("politie", today.plusDays(2), "jeugdzorg", today.plusDays(5), "leerplicht", today.plusDays(30));
        Map<String, String> key = Map.of("politie", "A1", "jeugdzorg", "A2", "leerplicht", "A3");
        for (String partner : List.of("politie", "jeugdzorg", "leerplicht")) {
            JsonNode inbox = reportTasksOf(partner + ".utrecht", n);
            assertThat(inbox).as(partner).hasSize(1);
            JsonNode task = inbox.get(0);
            assertThat(task.get("name").asText()).isEqualTo("Afspraak rapporteren — " + n + " (" + key.get(partner) + ")");
            assertThat(task.get("tenantId").asText()).isEqualTo("utrecht");
            assertThat(task.get("due").asText()).startsWith(due.get(partner).toString());
            assertThat(OffsetDateTime.parse(task.get("due").asText(), REST_DATE).toInstant()).isEqualTo(Schedule.dueAt(due.get(partner)));
            assertThat(task.get("camundaFormRef").get("key").asText()).isEqualTo(FORM_AGREEMENT_REPORT);
            assertThat(reportTasksOf(partner + ".rotterdam-rijnmond", n)).as(partner + " in Rotterdam-Rijnmond").isEmpty();
            JsonNode form = formVariables(partner + ".utrecht", task.get("id").asText());
            assertThat(form.get(AGREEMENT_SUMMARY).get("value").asText()).contains("Begeleiding door " + partner);
        }
        assertThat(tasksOf("politie.rotterdam-rijnmond", n)).isEmpty();
        assertThat(reportTasksOf("ggz.utrecht", n)).isEmpty();

        // the status projection, for whoever may see the case
        JsonNode status = status("politie.utrecht", n);
        assertThat(status.get("phase").asText()).isEqualTo("MONITORING");
        assertThat(status.get("planVersion").asInt()).isEqualTo(1);
        assertThat(status.get("openAgreements").asInt()).isEqualTo(3);
        assertThat(status.get("overdueAgreements").asInt()).isZero();
        assertThat(status.get("nextEvaluation").isNull()).isFalse();
        assertThat(Api.as(port, "ggz.utrecht").get(statusPath(n)).status()).as("not involved").isEqualTo(404);
        assertThat(Api.as(port, "procesregie.rotterdam-rijnmond").get(statusPath(n)).status()).isEqualTo(404);
        assertThat(Api.anonymous(port).get(statusPath(n)).status()).isEqualTo(401);
        assertThat(accessLog.forCase(n)).anyMatch(e -> "politie.utrecht".equals(e.getUserId()) && "casusstatus inzien".equals(e.getPurpose()));

        // youth care reports partly: without an explanation the completion is refused with a message and nothing is stored
        String youthCare = reportTasksOf("jeugdzorg.utrecht", n).get(0).get("id").asText();
        Api.Answer refused = submit("jeugdzorg.utrecht", youthCare, Map.of(AGREEMENT_REPORT, value("PARTLY")));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(REST_FORM_SUBMIT_REFUSED);
        assertThat(refused.body().get("message").asText()).contains("Licht toe wat nog niet is gelukt");
        assertThat(tracking(caseFile, "A2").getState()).isEqualTo(AgreementState.OPEN);
        Api.Answer partly = submit("jeugdzorg.utrecht", youthCare, Map.of(AGREEMENT_REPORT, value("PARTLY"), AGREEMENT_EXPLANATION,
                value("Gezinscoach start pas over drie weken")));
        assertThat(partly.status()).as(partly.raw()).isEqualTo(204);
        runJobsOf(caseFile, monitoring);
        assertThat(tracking(caseFile, "A2").getExplanation()).isEqualTo("Gezinscoach start pas over drie weken");
        assertThat(tracking(caseFile, "A2").getReportedBy()).isEqualTo("jeugdzorg.utrecht");
        assertThat(status("politie.utrecht", n).get("partlyDone").asInt()).isOne();
        assertThat(status("politie.utrecht", n).get("openAgreements").asInt()).isEqualTo(2);

        // the police let their agreement pass its due date and the week of grace: one escalation, to Utrecht's tactical meeting
        ClockUtil.setCurrentTime(Date.from(Schedule.escalationAt(today.plusDays(2)).plus(Duration.ofMinutes(1))));
        runJobsOf(caseFile, monitoring);
        AgreementTracking police = tracking(caseFile, "A1");
        assertThat(police.getState()).isEqualTo(AgreementState.OVERDUE);
        assertThat(police.getEscalationId()).isNotNull();
        assertThat(police.getEscalationTrigger()).isEqualTo(AgreementTracking.Trigger.OVERDUE);
        JsonNode tactical = tasksOf("tactisch-overleg.utrecht", n);
        assertThat(tactical).extracting(t -> t.get("name").asText()).containsExactly("Opschaling behandelen — " + n);
        JsonNode escalationVariables = Api.as(port, "tactisch-overleg.utrecht")
                .get("/engine-rest/task/" + tactical.get(0).get("id").asText() + "/variables").body();
        assertThat(escalationVariables.get("reason").get("value").asText()).isEqualTo("AGREEMENT_NOT_HONOURED");
        assertThat(escalationVariables.get("escalationId").get("value").asLong()).isEqualTo(police.getEscalationId());
        assertThat(tasksOf("tactisch-overleg.rotterdam-rijnmond", n)).isEmpty();
        assertThat(status("procesregie.utrecht", n).get("overdueAgreements").asInt()).isOne();
        // the police's report task still waits, with a reminder beside it
        assertThat(reportTasksOf("politie.utrecht", n)).hasSize(1);
        assertThat(tasksOf("politie.utrecht", n)).extracting(t -> t.get("name").asText()).contains("Herinnering afspraak — " + n + " (A1)");

        // time goes on and the police report "not done" late: still exactly one escalation of this agreement
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))));
        runJobsOf(caseFile, monitoring);
        Api.Answer late = submit("politie.utrecht", reportTasksOf("politie.utrecht", n).get(0).get("id").asText(),
                Map.of(AGREEMENT_REPORT, value("NOT_DONE"), AGREEMENT_EXPLANATION, value("Wijkagent langdurig ziek")));
        assertThat(late.status()).as(late.raw()).isEqualTo(204);
        runJobsOf(caseFile, monitoring);
        assertThat(tracking(caseFile, "A1").getState()).isEqualTo(AgreementState.NOT_DONE);
        // the plan itself follows the reports: not done is NOT_HONOURED, partly done stays open
        assertThat(planService.agreementsOfVersion(caseFile.getId(), 1)).extracting(a -> a.key() + ":" + a.status())
                .contains("A1:NOT_HONOURED", "A2:OPEN");
        assertThat(escalationsOf(n)).as("exactly one escalation").hasSize(1);
        assertThat(status("procesregie.utrecht", n).get("notDone").asInt()).isOne();

        // free text never reached the engine's history
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(monitoring.getId()).includeDeleted()
                .variableNameIn(AGREEMENT_EXPLANATION, AGREEMENT_SUMMARY).count()).isZero();
    }

    @Test
    void afterClosingThePartnersThatWorkedOnTheCaseNoLongerSeeItAndTheAftercareCheckCanReopenIt() {
        LocalDate today = LocalDate.now(Schedule.NETHERLANDS);
        CaseFile caseFile = acceptedCase();
        String n = caseFile.getCaseNumber();
        // due after the first evaluation: nothing is overdue when the director evaluates
        fixedPlan(caseFile, List.of(agreement(1, "politie", today.plusDays(50)), agreement(2, "ggz", today.plusDays(55))));
        ProcessInstance monitoring = startMonitoring(caseFile, 1);
        assertThat(Api.as(port, "ggz.utrecht").get("/api/cases/" + n).status()).as("involved by its agreement").isEqualTo(200);
        // the referrer escalates a disagreement while the plan runs: Utrecht's tactical meeting has it
        Api.Answer raised = Api.as(port, "politie.utrecht").post("/api/cases/" + n + "/escalations", Map.of("reason", "DISAGREEMENT",
                "whatHappened", "Geen overeenstemming over de aanpak", "whatWasTried", "Besproken met de casusregisseur"));
        assertThat(raised.status()).as(raised.raw()).isEqualTo(201);
        long escalationId = raised.body().get("escalationId").asLong();
        runJobsOf(caseFile, monitoring);
        assertThat(tasksOf("tactisch-overleg.utrecht", n)).extracting(t -> t.get("name").asText()).containsExactly("Opschaling behandelen — " + n);

        // the evaluation falls due: the director reads the state of the agreements
        Job evaluationTimer = managementService.createJobQuery().processInstanceId(monitoring.getId())
                .activityId(INTERMEDIATE_CATCH_EVENT_EVALUATION_DUE).singleResult();
        assertThat(status("procesregie.utrecht", n).get("nextEvaluation").asText()).isNotBlank();
        ClockUtil.setCurrentTime(evaluationTimer.getDuedate());
        runJobsOf(caseFile, monitoring);
        JsonNode evaluations = tasksOf(DIRECTOR, n);
        assertThat(evaluations).extracting(t -> t.get("name").asText()).containsExactly("Casus evalueren — " + n);
        JsonNode evaluation = evaluations.get(0);
        assertThat(evaluation.get("assignee").asText()).isEqualTo(DIRECTOR);
        String evaluationId = evaluation.get("id").asText();
        JsonNode shown = formVariables(DIRECTOR, evaluationId);
        assertThat(shown.get(MONITORING_AGREEMENTS).get("type").asText()).isEqualTo("Json");
        assertThat(shown.get(MONITORING_AGREEMENTS).get("value").asText()).contains("A1", "A2", "Begeleiding door ggz", "Loopt");

        // closing needs a reason and a summary without BSN; each wrong field is named
        Api.Answer refused = submit(DIRECTOR, evaluationId, Map.of(EVALUATION_DECISION, value(DECISION_CLOSE), CLOSING_SUMMARY,
                value("BSN 111222333")));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(REST_FORM_SUBMIT_REFUSED);
        assertThat(refused.body().get("message").asText()).contains("Kies de reden van afschalen", "Noem geen BSN");
        Api.Answer closed = submit(DIRECTOR, evaluationId, Map.of(EVALUATION_DECISION, value(DECISION_CLOSE), CLOSE_REASON,
                value("GOALS_REACHED"), CLOSING_SUMMARY, value(SUMMARY)));
        assertThat(closed.status()).as(closed.raw()).isEqualTo(204);
        runJobsOf(caseFile, monitoring);

        // closed: every partner that worked on it gets the summary once, and no longer sees the case
        assertThat(cases.findById(caseFile.getId()).orElseThrow().getStatus().name()).isEqualTo("CLOSED");
        for (String partner : List.of("politie", "ggz", "jeugdzorg")) {
            assertThat(Api.as(port, partner + ".utrecht").get("/api/cases/" + n).status()).as(partner).isEqualTo(404);
            assertThat(Api.as(port, partner + ".utrecht").get(statusPath(n)).status()).as(partner).isEqualTo(404);
        }
        assertThat(Api.as(port, "procesregie.utrecht").get("/api/cases/" + n).status()).isEqualTo(200);
        // the escalation ended with the case: no task left for the tactical meeting or the VH manager, a final status
        assertThat(tasksOf("tactisch-overleg.utrecht", n)).isEmpty();
        assertThat(tasksOf("vh-manager.utrecht", n)).isEmpty();
        assertThat(escalationsOf(n)).as("its process ended").isEmpty();
        JsonNode escalation = Api.as(port, "vh-manager.utrecht").get("/api/escalations/" + escalationId).body();
        assertThat(escalation.get("status").asText()).isEqualTo("CASE_CLOSED");
        assertThat(escalation.get("closeReason").asText()).isEqualTo("casus afgesloten (afgeschaald)");
        JsonNode after = status("procesregie.utrecht", n);
        assertThat(after.get("caseStatus").asText()).isEqualTo("CLOSED");
        assertThat(after.get("phase").asText()).isEqualTo("AFTERCARE");
        assertThat(reportTasksOf("politie.utrecht", n)).as("the tracking ended").isEmpty();
        JsonNode notice = tasksOf("ggz.utrecht", n);
        assertThat(notice).extracting(t -> t.get("name").asText()).containsExactly("Afsluiting casus bekijken — " + n);
        JsonNode noticeForm = formVariables("ggz.utrecht", notice.get(0).get("id").asText());
        assertThat(noticeForm.get(CLOSING_SUMMARY).get("value").asText()).isEqualTo(SUMMARY);
        assertThat(submit("ggz.utrecht", notice.get(0).get("id").asText(), Map.of(CLOSURE_NOTICED, value(true))).status()).isEqualTo(204);
        CaseClosure closure = closures.findFirstByCaseIdOrderByIdDesc(caseFile.getId()).orElseThrow();
        assertThat(closure.getInformedPartners()).contains("politie", "ggz");
        assertThat(closure.getSummary()).isEqualTo(SUMMARY);

        // after the aftercare term the former director (no longer involved) and process direction get the check
        Job aftercare = managementService.createJobQuery().processInstanceId(monitoring.getId()).activityId(INTERMEDIATE_CATCH_EVENT_AFTERCARE_DUE)
                .singleResult();
        ClockUtil.setCurrentTime(aftercare.getDuedate());
        runJobsOf(caseFile, monitoring);
        JsonNode check = tasksOf(DIRECTOR, n);
        assertThat(check).extracting(t -> t.get("name").asText()).containsExactly("Nazorgcheck — " + n);
        assertThat(tasksOf("procesregie.utrecht", n)).extracting(t -> t.get("name").asText()).contains("Nazorgcheck — " + n);
        assertThat(tasksOf("jeugdzorg.rotterdam-rijnmond", n)).isEmpty();
        assertThat(tasksOf("politie.utrecht", n)).extracting(t -> t.get("name").asText()).doesNotContain("Nazorgcheck — " + n);
        String checkId = check.get(0).get("id").asText();
        Api.Answer noReason = submit(DIRECTOR, checkId, Map.of(AFTERCARE_DECISION, value(AFTERCARE_REOPEN)));
        assertThat(noReason.status()).isEqualTo(REST_FORM_SUBMIT_REFUSED);
        assertThat(noReason.body().get("message").asText()).contains("Geef de reden om de casus te heropenen");
        assertThat(submit(DIRECTOR, checkId, Map.of(AFTERCARE_DECISION, value(AFTERCARE_REOPEN), REOPEN_REASON,
                value("Sem is opnieuw aangehouden"))).status()).isEqualTo(204);
        runJobsOf(caseFile, monitoring);

        // reopened: same number, history kept, the director's partner involved again, a new conference next
        CaseFile reopened = cases.findById(caseFile.getId()).orElseThrow();
        assertThat(reopened.getCaseNumber()).isEqualTo(n);
        assertThat(reopened.getStatus().name()).isEqualTo("ACCEPTED");
        assertThat(Api.as(port, DIRECTOR).get("/api/cases/" + n).status()).isEqualTo(200);
        assertThat(Api.as(port, "politie.utrecht").get("/api/cases/" + n).status()).isEqualTo(404);
        assertThat(status("procesregie.utrecht", n).get("phase").asText()).isEqualTo("CONFERENCE");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(monitoring.getId()).count()).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(monitoring.getId()).variableName(MONITORING_OUTCOME)
                .singleResult().getValue()).isEqualTo(OUTCOME_NEW_CONFERENCE);
        assertThat(closures.findFirstByCaseIdOrderByIdDesc(caseFile.getId()).orElseThrow().getAftercareNote())
                .isEqualTo("Sem is opnieuw aangehouden");
        assertThat(accessLog.forCase(n)).extracting(e -> e.getPurpose())
                .contains("casus afgesloten: AFGESCHAALD_GOALS_REACHED: doelen bereikt", "casus heropend: nazorgcheck: situatie niet stabiel");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(monitoring.getId()).includeDeleted()
                .variableNameIn(CLOSING_SUMMARY, EVALUATION_NOTE, REOPEN_REASON, MONITORING_AGREEMENTS).count()).isZero();
    }

    @Test
    void thirtyAgreementsOfEightPartnersReportedAtTheSameTimeAreAllRecordedAndCountedRight() throws Exception {
        LocalDate today = LocalDate.now(Schedule.NETHERLANDS);
        CaseFile caseFile = acceptedCase();
        String n = caseFile.getCaseNumber();
        List<String> partners = List.of("politie", "om", "reclassering", "jeugdzorg", "ggz", "gemeente", "leerplicht", "woningcorporatie");
        List<AgreementInput> agreements = new ArrayList<>();
        for (int slot = 1; slot <= 30; slot++) {
            agreements.add(agreement(slot, partners.get((slot - 1) % partners.size()), today.plusDays(10 + slot)));
        }
        fixedPlan(caseFile, agreements);
        ProcessInstance monitoring = startMonitoring(caseFile, 1);
        assertThat(status("procesregie.utrecht", n).get("openAgreements").asInt()).isEqualTo(30);

        // eight professionals, one per partner, each report their organisation's agreements at the same time
        ExecutorService pool = Executors.newFixedThreadPool(partners.size());
        List<Future<List<Integer>>> answers = new ArrayList<>();
        for (String partner : partners) {
            Callable<List<Integer>> reportAll = () -> {
                List<Integer> statuses = new ArrayList<>();
                for (JsonNode task : reportTasksOf(partner + ".utrecht", n)) {
                    boolean partly = task.get("name").asText().matches(".*\\(A\\d*[05]\\)$");
                    Map<String, Object> report = partly
                            ? Map.of(AGREEMENT_REPORT, value("PARTLY"), AGREEMENT_EXPLANATION, value("Deels gelukt"))
                            : Map.of(AGREEMENT_REPORT, value("DONE"));
                    statuses.add(submit(partner + ".utrecht", task.get("id").asText(), report).status());
                }
                return statuses;
            };
            answers.add(pool.submit(reportAll));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> answer : answers) {
            statuses.addAll(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).hasSize(30).containsOnly(204);
        runJobsOf(caseFile, monitoring);
        assertThat(planService.agreementsOfVersion(caseFile.getId(), 1)).extracting(PlanService.VersionAgreement::status)
                .as("done in the plan too; partly done stays open").containsOnly("DONE", "OPEN").filteredOn("DONE"::equals).hasSize(24);

        assertThat(trackings.findByCaseIdAndPlanVersionOrderById(caseFile.getId(), 1)).hasSize(30)
                .allSatisfy(t -> assertThat(t.getState().isReported()).isTrue());
        JsonNode status = status("procesregie.utrecht", n);
        assertThat(status.get("openAgreements").asInt()).isZero();
        assertThat(status.get("partlyDone").asInt()).isEqualTo(6);
        assertThat(status.get("notDone").asInt()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(monitoring.getId())
                .activityId(END_EVENT_AGREEMENTS_FOLLOWED).count()).isOne();
    }

    @Test
    void aPreviousRoundsAnswersAreForgottenAndAPlanThatIsNotFixedIsNotMonitored() {
        LocalDate today = LocalDate.now(Schedule.NETHERLANDS);
        CaseFile caseFile = acceptedCase();
        fixedPlan(caseFile, List.of(agreement(1, "politie", today.plusDays(10))));

        // case-lifecycle passes everything of an earlier round back in
        Map<String, Object> variables = caseVariables(caseFile, 1);
        variables.put(MONITORING_OUTCOME, OUTCOME_ADJUST_PLAN);
        variables.put(EVALUATION_DECISION, DECISION_ADJUST_PLAN);
        variables.put(CLOSE_REASON, "GOALS_REACHED");
        ProcessInstance monitoring = runtimeService.startProcessInstanceByKey(KEY, caseFile.getCaseNumber(), variables);
        assertThat(runtimeService.getVariables(monitoring.getId())).doesNotContainKeys(MONITORING_OUTCOME, EVALUATION_DECISION, CLOSE_REASON)
                .containsKey(AGREEMENT_KEYS);
        assertThat(runtimeService.getVariable(monitoring.getId(), AGREEMENT_KEYS)).isEqualTo(List.of("A1"));
        runtimeService.deleteProcessInstance(monitoring.getId(), "test: only its start mattered");

        // a version that does not exist (or is not fixed) starts nothing
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, caseFile.getCaseNumber(), caseVariables(caseFile, 2)))
                .hasMessageContaining("not fixed");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ helpers

    /** A complex youth case of Utrecht, referred by the police and accepted at screening by process direction. */
    private CaseFile acceptedCase() {
        Api.Answer referred = Api.as(port, "politie.utrecht").post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "PARTNER"));
        assertThat(referred.status()).as(referred.raw()).isEqualTo(201);
        String caseNumber = referred.body().get("caseNumber").asText();
        Jobs.executeAll(managementService);
        JsonNode screening = tasksOf("procesregie.utrecht", caseNumber);
        assertThat(screening).extracting(t -> t.get("name").asText()).containsExactly("Casus screenen — " + caseNumber);
        Api.Answer accepted = Api.as(port, "procesregie.utrecht").post("/engine-rest/task/" + screening.get(0).get("id").asText() + "/complete",
                Map.of("variables", Map.of("screeningDecision", Map.of("value", "ACCEPT"))));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(204);
        Jobs.executeAll(managementService);
        CaseFile caseFile = cases.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(caseFile.getStatus().name()).isEqualTo("ACCEPTED");
        return caseFile;
    }

    /** A plan made, confirmed by every partner and fixed through the plan's own service, as action-plan does. */
    private void fixedPlan(CaseFile caseFile, List<AgreementInput> agreements) {
        PlanSubmission submission = new PlanSubmission("Sem gaat weer naar school en het geweld thuis stopt",
                List.of(new DomainGoal("EDUCATION_WORK", "Sem gaat elke dag naar school")), agreements, null);
        StoredVersion version = planService.storeVersion(caseFile.getId(), null, submission, List.of(), "jeugdzorg", DIRECTOR);
        for (String partner : version.partnersToConfirm()) {
            planService.decide(caseFile.getId(), version.version(), partner, new DecisionInput("CONFIRMED", null, true), partner + ".utrecht",
                    null);
        }
        planService.fix(caseFile.getId(), version.version());
    }

    private static AgreementInput agreement(int slot, String partner, LocalDate due) {
        return new AgreementInput(slot, partner, "Begeleiding door " + partner + " (" + slot + ")", "Sem", "EDUCATION_WORK", "CARE", due);
    }

    private static Map<String, Object> caseVariables(CaseFile caseFile, int planVersion) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(CaseVariables.CASE_ID, caseFile.getId());
        variables.put(CaseVariables.CASE_NUMBER, caseFile.getCaseNumber());
        variables.put(CaseVariables.REGION, caseFile.getRegionId());
        variables.put(CaseVariables.PRIORITY, caseFile.getPriority());
        variables.put(CaseVariables.TASK_PRIORITY, 70);
        variables.put(CaseVariables.MINOR_INVOLVED, true);
        variables.put(CASE_DIRECTOR_PARTNER, "jeugdzorg");
        variables.put(CASE_DIRECTOR_USER, DIRECTOR);
        variables.put(PLAN_VERSION, planVersion);
        return variables;
    }

    /** As case-lifecycle will call it: no user, the case number as business key, the case's variables. */
    private ProcessInstance startMonitoring(CaseFile caseFile, int planVersion) {
        ProcessInstance monitoring = runtimeService.startProcessInstanceByKey(KEY, caseFile.getCaseNumber(), caseVariables(caseFile, planVersion));
        assertThat(monitoring.getTenantId()).isEqualTo("utrecht");
        runJobsOf(caseFile, monitoring);
        return monitoring;
    }

    /** Due jobs of this case only (its monitoring and its escalations), so other tests' timers stay where they are. */
    private void runJobsOf(CaseFile caseFile, ProcessInstance monitoring) {
        for (int round = 0; round < 100; round++) {
            List<String> instances = new ArrayList<>(escalationsOf(caseFile.getCaseNumber()));
            instances.add(monitoring.getId());
            List<Job> due = managementService.createJobQuery().processInstanceIds(new java.util.HashSet<>(instances)).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new IllegalStateException("Jobs keep coming");
    }

    private List<String> escalationsOf(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("escalation").processInstanceBusinessKey(caseNumber).list()
                .stream().map(ProcessInstance::getId).toList();
    }

    private AgreementTracking tracking(CaseFile caseFile, String key) {
        return trackings.findByCaseIdAndPlanVersionAndAgreementKey(caseFile.getId(), 1, key).orElseThrow();
    }

    private JsonNode status(String user, String caseNumber) {
        Api.Answer answer = Api.as(port, user).get(statusPath(caseNumber));
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    private static String statusPath(String caseNumber) {
        return "/api/cases/" + caseNumber + "/status";
    }

    private JsonNode tasksOf(String user, String caseNumber) {
        Api.Answer answer = Api.as(port, user).get("/engine-rest/task?nameLike=%25" + caseNumber + "%25");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    private JsonNode reportTasksOf(String user, String caseNumber) {
        Api.Answer answer = Api.as(port, user).get("/engine-rest/task?taskDefinitionKey=" + USER_TASK_REPORT_AGREEMENT
                + "&processInstanceBusinessKey=" + caseNumber + "&sortBy=name&sortOrder=asc");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    /** What Tasklist loads for a Camunda Form: Json values serialized, as the form parses them. */
    private JsonNode formVariables(String user, String taskId) {
        Api.Answer answer = Api.as(port, user).get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    /** Tasklist completes a Camunda Form with submit-form. */
    private Api.Answer submit(String user, String taskId, Map<String, Object> variables) {
        return Api.as(port, user).post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
    }

    private static Map<String, Object> value(Object value) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("value", value);
        return typed;
    }
}
