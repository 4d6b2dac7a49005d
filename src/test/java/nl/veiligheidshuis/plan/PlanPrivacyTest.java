package nl.veiligheidshuis.plan;

import static nl.veiligheidshuis.plan.ActionPlanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseVariables;
import nl.veiligheidshuis.casefile.SubjectRepository;
import nl.veiligheidshuis.privacy.AccessLog;
import nl.veiligheidshuis.privacy.Retention;
import nl.veiligheidshuis.privacy.SubjectRights;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan under the privacy rules (design.md): an access request's export holds the plan of the person's case, a
 * destroyed case takes its plan and links along (the retention job fails for any feature that leaves rows behind),
 * and monitoring reads a fixed version's agreements through {@link PlanService}.
 */
@IntegrationTest
class PlanPrivacyTest {

    static final String DIRECTOR = "jeugdzorg.utrecht";
    static final Caller PROCESS_DIRECTION = new Caller("procesregie.utrecht", List.of("procesregie"), List.of("utrecht"));

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    CaseFileRepository cases;

    @Autowired
    SubjectRepository subjects;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Retention retention;

    @Autowired
    SubjectRights subjectRights;

    @Autowired
    PlanService planService;

    @Autowired
    Clock clock;

    @Test
    void theExportOfAPersonHoldsThePlanOfItsCaseAndMonitoringReadsTheFixedAgreements() {
        CaseFile caseFile = referCase();
        fixPlan(caseFile, false);

        Long subjectId = subjects.findByCaseIdOrderById(caseFile.getId()).get(0).getId();
        SubjectRights.Export export = subjectRights.export(subjectId, PROCESS_DIRECTION, AccessLog.Channel.API);

        assertThat(export.sections()).containsKey("plans");
        assertThat(export.sections().get("plans")).asList().singleElement().asString()
                .contains(caseFile.getCaseNumber(), "Begeleiding door politie", "FIXED");
        assertThat(planService.statusOf(caseFile.getId(), 1)).contains(PlanStatus.FIXED);
        assertThat(planService.statusOf(caseFile.getId(), 2)).isEmpty();
        assertThat(planService.agreementsOfVersion(caseFile.getId(), 1)).singleElement()
                .satisfies(a -> {
                    assertThat(a.key()).isEqualTo("A1");
                    assertThat(a.partner()).isEqualTo("politie");
                    assertThat(a.status()).isEqualTo("OPEN");
                });
    }

    @Test
    void aDestroyedCaseTakesItsPlanAndItsLinksAlongAndSoDoesItsLinkedPreventiveCase() {
        CaseFile caseFile = referCase();
        String preventiveNumber = fixPlan(caseFile, true);
        CaseFile preventive = cases.findByCaseNumber(preventiveNumber).orElseThrow();
        assertThat(rowsOfPlan(caseFile.getId())).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from vh_linked_case where case_id = ?", Long.class, caseFile.getId())).isEqualTo(1);

        // both cases end and their retention term passes
        withdraw("politie.utrecht", caseFile.getCaseNumber());
        withdraw(DIRECTOR, preventiveNumber);
        for (CaseFile closed : List.of(caseFile, preventive)) {
            jdbc.update("update vh_case set closed_at = ? where id = ?",
                    LocalDateTime.ofInstant(clock.instant().minus(Duration.ofDays(6 * 366)), ZoneOffset.UTC), closed.getId());
        }

        Retention.Run run = retention.destroyDueCases();

        assertThat(run.failed()).doesNotContain(caseFile.getCaseNumber(), preventiveNumber);
        assertThat(run.destroyed()).contains(caseFile.getCaseNumber(), preventiveNumber);
        assertThat(rowsOfPlan(caseFile.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from vh_linked_case where case_id in (?, ?) or linked_case_id in (?, ?)", Long.class,
                caseFile.getId(), preventive.getId(), caseFile.getId(), preventive.getId())).isZero();
    }

    // ------------------------------------------------------------------ helpers

    private long rowsOfPlan(Long caseId) {
        String ofCase = " where plan_id in (select id from vh_plan where case_id = ?)";
        long rows = jdbc.queryForObject("select count(*) from vh_plan where case_id = ?", Long.class, caseId);
        for (String table : List.of("vh_plan_goal", "vh_agreement", "vh_plan_confirmation", "vh_plan_family_member")) {
            rows += jdbc.queryForObject("select count(*) from " + table + ofCase, Long.class, caseId);
        }
        return rows;
    }

    private CaseFile referCase() {
        Api.Answer referred = Api.as(port, "politie.utrecht").post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "PARTNER"));
        assertThat(referred.status()).as(referred.raw()).isEqualTo(201);
        return cases.findByCaseNumber(referred.body().get("caseNumber").asText()).orElseThrow();
    }

    private void withdraw(String user, String caseNumber) {
        Api.Answer withdrawn = Api.as(port, user).post("/api/cases/" + caseNumber + "/withdrawal", Map.of("reason", "Test van de bewaartermijn"));
        assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(202);
        Jobs.executeAll(managementService);
        assertThat(cases.findByCaseNumber(caseNumber).orElseThrow().isActive()).isFalse();
    }

    /** A plan with one police agreement, confirmed and fixed; with a family member's own case when asked. Answers that case. */
    private String fixPlan(CaseFile caseFile, boolean familyMemberCase) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(CaseVariables.CASE_ID, caseFile.getId());
        variables.put(CaseVariables.CASE_NUMBER, caseFile.getCaseNumber());
        variables.put(CaseVariables.REGION, caseFile.getRegionId());
        variables.put(CASE_DIRECTOR_PARTNER, "jeugdzorg");
        variables.put(CASE_DIRECTOR_USER, DIRECTOR);
        String instanceId = runtimeService.startProcessInstanceByKey(KEY, caseFile.getCaseNumber(), variables).getId();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(PLAN_GOAL, "Rust in het gezin");
        form.put(PLAN_GOAL_DOMAINS, List.of("HOUSING"));
        form.put(goalOf("HOUSING"), "Een eigen woning");
        form.put(agreementPartner(1), "politie");
        form.put(agreementDescription(1), "Begeleiding door politie");
        form.put(agreementForWhom(1), "Sem");
        form.put(agreementLifeDomain(1), "HOUSING");
        form.put(agreementKind(1), "CARE");
        form.put(agreementDueDate(1), LocalDate.now(clock).plusWeeks(6).toString());
        if (familyMemberCase) {
            form.put(RISK_MEMBER_PRESENT, true);
            form.put(RISK_MEMBER_GIVEN_NAME, "Daan");
            form.put(RISK_MEMBER_FAMILY_NAME, Referrals.uniqueFamilyName());
            form.put(RISK_MEMBER_DATE_OF_BIRTH, "30-06-2015");
            form.put(RISK_MEMBER_RELATION, "SIBLING");
            form.put(RISK_MEMBER_APPROACH, APPROACH_OWN_CASE);
            form.put(RISK_MEMBER_REASON, "Daan spijbelt");
            form.put(RISK_MEMBER_LIFE_DOMAINS, List.of("EDUCATION_WORK"));
            form.put(RISK_MEMBER_CHAINS_NEEDED, "2");
            form.put(RISK_MEMBER_INFORMED, true);
        }
        taskService.complete(taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId(), form);
        Jobs.executeAll(managementService);
        Map<String, Object> decision = Map.of(AGREEMENTS_DECISION, DECISION_CONFIRMED, AGREEMENTS_MANDATE, true);
        taskService.complete(taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId(), decision);
        Jobs.executeAll(managementService);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        return familyMemberCase ? jdbc.queryForObject("""
                select c.case_number from vh_linked_case l join vh_case c on c.id = l.linked_case_id where l.case_id = ?""", String.class,
                caseFile.getId()) : null;
    }
}
