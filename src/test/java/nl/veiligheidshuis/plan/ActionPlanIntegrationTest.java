package nl.veiligheidshuis.plan;

import static nl.veiligheidshuis.plan.ActionPlanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseVariables;
import nl.veiligheidshuis.casefile.SubjectRepository;
import nl.veiligheidshuis.privacy.AccessLog;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code action-plan} in the assembled application, over HTTP as Tasklist uses it: the case director of Utrecht
 * drafts the plan, each partner of Utrecht with agreements (and nobody else, nobody in Rotterdam-Rijnmond) gets
 * its confirmation task, a rejection leads to a new version confirmed only by the rejecting partner, the plan is
 * readable at {@code GET /api/cases/{n}/plan} by the involved, and a family member at risk gets a linked case.
 * Until case-lifecycle calls it, the process is started directly, as the engine would call it: as no user, with
 * the case number as business key and the case's variables.
 */
@IntegrationTest
class ActionPlanIntegrationTest {

    static final String DIRECTOR = "jeugdzorg.utrecht";
    /**
     * Engine REST (and so Tasklist) answers a completion that a delegate refuses with 500 "Cannot submit task form ...:
     * <reason>"; Tasklist shows the reason, the task stays open with its input (as {@code StartFormReferralTest} notes).
     */
    static final int REST_FORM_SUBMIT_REFUSED = 500;
    /** How Tasklist loads a task form's variables: Json as its text, which it parses itself. */
    static final String FORM_VARIABLES_AS_TASKLIST = "/form-variables?deserializeValues=false";

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
    SubjectRepository subjects;

    @Autowired
    AccessLog accessLog;

    @Test
    void theDirectorsPlanReachesEachPartnerOfUtrechtOnlyAndARejectionIsConfirmedAgainByThatPartnerAlone() {
        CaseFile caseFile = referCase();
        String caseNumber = caseFile.getCaseNumber();
        ProcessInstance instance = startPlan(caseFile);

        // the draft is in the case director's inbox, and in nobody else's
        JsonNode drafts = tasksOf(DIRECTOR, caseNumber);
        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0).get("name").asText()).isEqualTo("Plan van aanpak opstellen — " + caseNumber);
        assertThat(drafts.get(0).get("assignee").asText()).isEqualTo(DIRECTOR);
        assertThat(drafts.get(0).get("tenantId").asText()).isEqualTo("utrecht");
        assertThat(drafts.get(0).get("camundaFormRef").get("key").asText()).isEqualTo(FORM_DRAFT);
        assertThat(tasksOf("jeugdzorg.rotterdam-rijnmond", caseNumber)).isEmpty();
        assertThat(tasksOf("politie.utrecht", caseNumber)).isEmpty();
        String draftTask = drafts.get(0).get("id").asText();

        // a plan that breaks the rules is refused with Dutch messages and nothing is stored
        Map<String, Object> wrong = draft(new String[] {"politie", "ggz"});
        wrong.put(agreementDueDate(2), value(LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(1).toString()));
        wrong.put(agreementForWhom(1), value("Sem, BSN 111222333"));
        Api.Answer refused = submit(DIRECTOR, draftTask, wrong);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(REST_FORM_SUBMIT_REFUSED);
        assertThat(refused.body().get("message").asText()).contains("Afspraak 2: de uiterste datum ligt in de toekomst", "noem geen BSN");
        assertThat(tasksOf(DIRECTOR, caseNumber)).hasSize(1);
        assertThat(Api.as(port, "politie.utrecht").get(planPath(caseNumber)).status()).as("no plan yet").isEqualTo(404);

        // a good plan: two agreements for the police, one each for mental health care and the municipality
        Map<String, Object> plan = draft(new String[] {"politie", "ggz", "gemeente", "politie"});
        Api.Answer submitted = submit(DIRECTOR, draftTask, plan);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(204);
        ObjectValue partners = runtimeService.getVariableTyped(instance.getId(), PLAN_PARTNERS, false);
        assertThat(partners.getSerializationDataFormat()).isEqualTo("application/json");
        assertThat(partners.getValueSerialized()).isEqualTo("[\"politie\",\"ggz\",\"gemeente\"]");
        Jobs.executeAll(managementService);

        // each partner of Utrecht with agreements gets exactly its own confirmation; nobody else, nobody in Rotterdam-Rijnmond
        for (String partner : List.of("politie", "ggz", "gemeente")) {
            JsonNode own = confirmationsOf(partner + ".utrecht", caseNumber);
            assertThat(own).as(partner).hasSize(1);
            assertThat(confirmationsOf(partner + ".rotterdam-rijnmond", caseNumber)).as(partner + " in Rotterdam-Rijnmond").isEmpty();
            JsonNode variables = Api.as(port, partner + ".utrecht").get("/engine-rest/task/" + own.get(0).get("id").asText() + FORM_VARIABLES_AS_TASKLIST)
                    .body();
            assertThat(variables.get(PARTNER_AGREEMENTS).get("type").asText()).isEqualTo("Json");
            assertThat(variables.get(PARTNER_AGREEMENTS).get("value").asText()).contains("Begeleiding door " + partner)
                    .doesNotContain(List.of("politie", "ggz", "gemeente").stream().filter(p -> !p.equals(partner))
                            .map(p -> "Begeleiding door " + p).toArray(String[]::new));
        }
        assertThat(confirmationsOf("leerplicht.utrecht", caseNumber)).isEmpty();
        assertThat(confirmationsOf(DIRECTOR, caseNumber)).as("the director's partner holds no agreement").isEmpty();

        // the plan is readable for the involved partners of the region, 404 for everyone else
        Api.Answer read = Api.as(port, "ggz.utrecht").get(planPath(caseNumber));
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(read.body().get("version").asInt()).isEqualTo(1);
        assertThat(read.body().get("status").asText()).isEqualTo("CONFIRMING");
        assertThat(read.body().get("agreements")).hasSize(4);
        assertThat(read.body().get("agreements").get(0).get("key").asText()).isEqualTo("A1");
        assertThat(read.body().get("goals").get(0).get("lifeDomain").asText()).isEqualTo("EDUCATION_WORK");
        assertThat(Api.as(port, "politie.utrecht").get(planPath(caseNumber)).status()).isEqualTo(200);
        assertThat(Api.as(port, "leerplicht.utrecht").get(planPath(caseNumber)).status()).isEqualTo(404);
        assertThat(Api.as(port, "ggz.rotterdam-rijnmond").get(planPath(caseNumber)).status()).isEqualTo(404);
        assertThat(Api.as(port, "procesregie.rotterdam-rijnmond").get(planPath(caseNumber)).status()).isEqualTo(404);
        assertThat(Api.as(port, "ggz.utrecht").get(planPath(caseNumber) + "?version=2").status()).isEqualTo(404);
        assertThat(Api.as(port, "ggz.utrecht").get(planPath(caseNumber) + "?version=twee").status()).isEqualTo(400);
        assertThat(accessLog.forCase(caseNumber)).anyMatch(e -> e.getUserId().equals("ggz.utrecht") && e.getAction().equals("READ")
                && e.getPurpose().startsWith("plan van aanpak inzien"));

        // a decision needs the mandate, a rejection a reason; the police reject, the others confirm
        String policeTask = confirmationsOf("politie.utrecht", caseNumber).get(0).get("id").asText();
        Api.Answer noMandate = submit("politie.utrecht", policeTask, Map.of(AGREEMENTS_DECISION, value(DECISION_CONFIRMED),
                AGREEMENTS_MANDATE, value(false)));
        assertThat(noMandate.status()).as(noMandate.raw()).isEqualTo(REST_FORM_SUBMIT_REFUSED);
        assertThat(noMandate.body().get("message").asText()).contains("mandaat");
        Api.Answer noReason = submit("politie.utrecht", policeTask, Map.of(AGREEMENTS_DECISION, value(DECISION_REJECTED),
                AGREEMENTS_MANDATE, value(true)));
        assertThat(noReason.status()).isEqualTo(REST_FORM_SUBMIT_REFUSED);
        assertThat(noReason.body().get("message").asText()).contains("Geef de reden waarom u de afspraken afwijst");
        assertThat(decide("politie.utrecht", caseNumber, DECISION_REJECTED, "Wekelijks huisbezoek past niet in onze capaciteit")).isEqualTo(204);
        assertThat(decide("ggz.utrecht", caseNumber, DECISION_CONFIRMED, null)).isEqualTo(204);
        assertThat(decide("gemeente.utrecht", caseNumber, DECISION_CONFIRMED, null)).isEqualTo(204);
        Jobs.executeAll(managementService);

        // the director revises: the form is prefilled and shows the rejection
        JsonNode revisions = tasksOf(DIRECTOR, caseNumber);
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).get("name").asText()).isEqualTo("Plan van aanpak aanpassen — " + caseNumber);
        String reviseTask = revisions.get(0).get("id").asText();
        JsonNode prefill = Api.as(port, DIRECTOR).get("/engine-rest/task/" + reviseTask + FORM_VARIABLES_AS_TASKLIST).body();
        assertThat(prefill.get(agreementPartner(4)).get("value").asText()).isEqualTo("politie");
        assertThat(prefill.get(PLAN_PREFILLED_SLOTS).get("value").asInt()).isEqualTo(4);
        assertThat(prefill.get(PLAN_REJECTIONS).get("value").asText()).contains("Wekelijks huisbezoek past niet", "Politie");
        Map<String, Object> revised = draft(new String[] {"politie", "ggz", "gemeente", "politie"});
        revised.put(agreementDescription(4), value("Wijkagent bezoekt het gezin eens per maand"));
        assertThat(submit(DIRECTOR, reviseTask, revised).status()).isEqualTo(204);
        Jobs.executeAll(managementService);

        // only the police confirm version 2; the others keep their confirmation
        assertThat(confirmationsOf("politie.utrecht", caseNumber)).hasSize(1);
        assertThat(confirmationsOf("ggz.utrecht", caseNumber)).isEmpty();
        assertThat(confirmationsOf("gemeente.utrecht", caseNumber)).isEmpty();
        assertThat(decide("politie.utrecht", caseNumber, DECISION_CONFIRMED, null)).isEqualTo(204);
        Jobs.executeAll(managementService);

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).as("plan fixed, process ended")
                .isZero();
        JsonNode fixed = Api.as(port, "procesregie.utrecht").get(planPath(caseNumber)).body();
        assertThat(fixed.get("version").asInt()).isEqualTo(2);
        assertThat(fixed.get("status").asText()).isEqualTo("FIXED");
        assertThat(fixed.get("fixedAt").isNull()).isFalse();
        assertThat(fixed.get("agreements")).extracting(a -> a.get("key").asText()).containsExactly("A1", "A2", "A3", "A4");
        assertThat(fixed.get("agreements").get(3).get("description").asText()).isEqualTo("Wijkagent bezoekt het gezin eens per maand");
        List<String> confirmations = new ArrayList<>();
        fixed.get("confirmations").forEach(c -> confirmations.add(c.get("partner").asText() + ":" + c.get("decision").asText() + ":"
                + (c.get("carriedFromVersion") == null ? "own" : "from " + c.get("carriedFromVersion").asInt())));
        assertThat(confirmations).containsExactlyInAnyOrder("ggz:CONFIRMED:from 1", "gemeente:CONFIRMED:from 1", "politie:CONFIRMED:own");
        JsonNode older = Api.as(port, "procesregie.utrecht").get(planPath(caseNumber) + "?version=1").body();
        assertThat(older.get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(older.get("confirmations")).anyMatch(c -> c.get("decision").asText().equals("REJECTED")
                && c.get("reason").asText().startsWith("Wekelijks huisbezoek"));
        // the free text of the forms never reached the engine's history
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableNameIn(agreementDescription(1), PLAN_GOAL, AGREEMENTS_REJECTION_REASON, PARTNER_AGREEMENTS, PLAN_REJECTIONS).count())
                .isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(PLAN_VERSION).count())
                .isEqualTo(1);
    }

    @Test
    void aRevisionOfTheFixedPlanStartsFromItAndIsConfirmedOnlyByThePartnersItTouches() {
        CaseFile caseFile = referCase();
        String caseNumber = caseFile.getCaseNumber();
        startPlan(caseFile);
        String draftTask = tasksOf(DIRECTOR, caseNumber).get(0).get("id").asText();
        assertThat(submit(DIRECTOR, draftTask, draft(new String[] {"politie", "ggz", "gemeente"})).status()).isEqualTo(204);
        Jobs.executeAll(managementService);
        for (String partner : List.of("politie", "ggz", "gemeente")) {
            decide(partner + ".utrecht", caseNumber, DECISION_CONFIRMED, null);
        }
        Jobs.executeAll(managementService);
        assertThat(Api.as(port, "ggz.utrecht").get(planPath(caseNumber)).body().get("status").asText()).isEqualTo("FIXED");

        // monitoring (issue 5) starts action-plan again for the case: the draft starts from the plan in force
        ProcessInstance revision = startPlan(caseFile);
        String reviseTask = tasksOf(DIRECTOR, caseNumber).get(0).get("id").asText();
        JsonNode prefill = Api.as(port, DIRECTOR).get("/engine-rest/task/" + reviseTask + FORM_VARIABLES_AS_TASKLIST).body();
        assertThat(prefill.get(PLAN_BASE_VERSION).get("value").asInt()).isEqualTo(1);
        assertThat(prefill.get(agreementPartner(3)).get("value").asText()).isEqualTo("gemeente");
        assertThat(prefill.get(PLAN_CURRENT_AGREEMENTS).get("value").asText()).contains("Begeleiding door ggz", "Open");
        assertThat(prefill.get(PLAN_GOAL_DOMAINS).get("type").asText()).as("a checklist reads a Json list").isEqualTo("Json");

        // the director drops mental health care's agreement (slot 2 emptied, so its details are hidden) and changes the municipality's
        Map<String, Object> revised = new LinkedHashMap<>();
        revised.put(PLAN_GOAL, value("Sem gaat weer naar school en het geweld thuis stopt"));
        revised.put(PLAN_GOAL_DOMAINS, Map.of("type", "Json", "value", "[\"EDUCATION_WORK\"]"));
        revised.put(goalOf("EDUCATION_WORK"), value("Sem gaat elke dag naar school"));
        revised.put(agreementPartner(2), value(null));
        revised.put(agreementDescription(3), value("Schuldhulp en budgetbeheer"));
        revised.put(RISK_MEMBER_PRESENT, value(false));
        assertThat(submit(DIRECTOR, reviseTask, revised).status()).isEqualTo(204);
        assertThat(runtimeService.getVariable(revision.getId(), PLAN_PARTNERS)).isEqualTo(List.of("gemeente"));
        Jobs.executeAll(managementService);

        assertThat(confirmationsOf("politie.utrecht", caseNumber)).isEmpty();
        assertThat(confirmationsOf("ggz.utrecht", caseNumber)).isEmpty();
        // until version 2 is fixed, version 1 stays in force
        assertThat(Api.as(port, "procesregie.utrecht").get(planPath(caseNumber) + "?version=1").body().get("status").asText()).isEqualTo("FIXED");
        decide("gemeente.utrecht", caseNumber, DECISION_CONFIRMED, null);
        Jobs.executeAll(managementService);

        JsonNode fixed = Api.as(port, "procesregie.utrecht").get(planPath(caseNumber)).body();
        assertThat(fixed.get("version").asInt()).isEqualTo(2);
        assertThat(fixed.get("status").asText()).isEqualTo("FIXED");
        assertThat(fixed.get("agreements")).extracting(a -> a.get("key").asText() + ":" + a.get("partner").asText())
                .containsExactly("A1:politie", "A3:gemeente");
        assertThat(fixed.get("versions")).extracting(v -> v.get("version").asInt() + ":" + v.get("status").asText())
                .containsExactly("1:SUPERSEDED", "2:FIXED");
        // mental health care holds no agreement any more: need to know ends; the police keep seeing the case as referrer
        assertThat(Api.as(port, "ggz.utrecht").get(planPath(caseNumber)).status()).isEqualTo(404);
        assertThat(Api.as(port, "ggz.utrecht").get("/api/cases/" + caseNumber).status()).isEqualTo(404);
        assertThat(Api.as(port, "gemeente.utrecht").get(planPath(caseNumber)).status()).isEqualTo(200);
        assertThat(Api.as(port, "politie.utrecht").get(planPath(caseNumber)).status()).isEqualTo(200);
    }

    @Test
    void aFamilyMemberAtRiskGetsAnOwnPreventiveCaseThroughTheIntakeLinkedToThisCase() {
        CaseFile caseFile = referCase();
        ProcessInstance instance = startPlan(caseFile);
        String draftTask = tasksOf(DIRECTOR, caseFile.getCaseNumber()).get(0).get("id").asText();
        Map<String, Object> plan = draft(new String[] {"jeugdzorg", "leerplicht"});
        String familyName = Referrals.uniqueFamilyName();
        riskMember(plan, "Daan", familyName, APPROACH_OWN_CASE);
        long before = cases.count();

        Api.Answer submitted = submit(DIRECTOR, draftTask, plan);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(204);
        Jobs.executeAll(managementService);

        assertThat(cases.count()).isEqualTo(before + 1);
        String linkedNumber = (String) runtimeService.getVariable(instance.getId(), PLAN_LINKED_CASE_NUMBER);
        CaseFile preventive = cases.findByCaseNumber(linkedNumber).orElseThrow();
        assertThat(preventive.getRoute()).isEqualTo("PREVENTIVE_FAMILY");
        assertThat(preventive.getReferringPartner()).isEqualTo("jeugdzorg");
        assertThat(preventive.getRegionId()).isEqualTo("utrecht");
        assertThat(preventive.getProcessInstanceId()).isNotNull();
        assertThat(subjects.findByCaseIdOrderById(preventive.getId())).singleElement()
                .satisfies(s -> assertThat(s.getFamilyName()).isEqualTo(familyName));
        // its lifecycle runs: process direction of Utrecht screens the preventive case
        assertThat(tasksOf("procesregie.utrecht", linkedNumber)).extracting(t -> t.get("name").asText())
                .containsExactly("Casus screenen — " + linkedNumber);
        // both cases show the link to those who may see both
        JsonNode read = Api.as(port, "procesregie.utrecht").get(planPath(caseFile.getCaseNumber())).body();
        assertThat(read.get("linkedCases")).extracting(JsonNode::asText).containsExactly(linkedNumber);
        assertThat(Api.as(port, "leerplicht.utrecht").get(planPath(caseFile.getCaseNumber())).body().get("linkedCases"))
                .as("leerplicht is not involved in the preventive case").isEmpty();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableNameIn(RISK_MEMBER_GIVEN_NAME, RISK_MEMBER_FAMILY_NAME, RISK_MEMBER_REASON).count()).isZero();
    }

    @Test
    void aFamilyMemberTakenIntoThisPlanBecomesASubjectOfThisCase() {
        CaseFile caseFile = referCase();
        startPlan(caseFile);
        String draftTask = tasksOf(DIRECTOR, caseFile.getCaseNumber()).get(0).get("id").asText();
        Map<String, Object> plan = draft(new String[] {"jeugdzorg"});
        riskMember(plan, "Daan", Referrals.uniqueFamilyName(), APPROACH_IN_PLAN);
        long before = cases.count();

        assertThat(submit(DIRECTOR, draftTask, plan).status()).isEqualTo(204);

        assertThat(cases.count()).isEqualTo(before);
        assertThat(subjects.findByCaseIdOrderById(caseFile.getId())).hasSize(3)
                .anyMatch(s -> s.getGivenName().equals("Daan") && s.getRole().name().equals("FAMILY_MEMBER") && "SIBLING".equals(s.getRelation()));
    }

    @Test
    void anOwnCaseForSomeoneAlreadyInThisCaseIsRefused() {
        Map<String, Object> referral = Referrals.complexYouthCase("utrecht", "politie", "PARTNER");
        CaseFile caseFile = referCase(referral);
        startPlan(caseFile);
        String draftTask = tasksOf(DIRECTOR, caseFile.getCaseNumber()).get(0).get("id").asText();
        Map<String, Object> plan = draft(new String[] {"jeugdzorg"});
        Map<String, Object> sibling = Referrals.subject(referral, 1);
        riskMember(plan, (String) sibling.get("givenName"), (String) sibling.get("familyName"), APPROACH_OWN_CASE);
        plan.put(RISK_MEMBER_DATE_OF_BIRTH, value(sibling.get("dateOfBirth")));

        Api.Answer refused = submit(DIRECTOR, draftTask, plan);

        assertThat(refused.status()).as(refused.raw()).isEqualTo(REST_FORM_SUBMIT_REFUSED);
        assertThat(refused.body().get("message").asText()).contains("hoort al bij deze casus", "In dit gezinsplan opnemen");
        assertThat(tasksOf(DIRECTOR, caseFile.getCaseNumber())).hasSize(1);
    }

    // ------------------------------------------------------------------ helpers

    private CaseFile referCase() {
        return referCase(Referrals.complexYouthCase("utrecht", "politie", "PARTNER"));
    }

    private CaseFile referCase(Map<String, Object> referral) {
        Api.Answer referred = Api.as(port, "politie.utrecht").post("/api/referrals", referral);
        assertThat(referred.status()).as(referred.raw()).isEqualTo(201);
        return cases.findByCaseNumber(referred.body().get("caseNumber").asText()).orElseThrow();
    }

    /** As case-lifecycle will call it: no user, the case number as business key, the case's ids and the case director. */
    private ProcessInstance startPlan(CaseFile caseFile) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(CaseVariables.CASE_ID, caseFile.getId());
        variables.put(CaseVariables.CASE_NUMBER, caseFile.getCaseNumber());
        variables.put(CaseVariables.REGION, caseFile.getRegionId());
        variables.put(CASE_DIRECTOR_PARTNER, "jeugdzorg");
        variables.put(CASE_DIRECTOR_USER, DIRECTOR);
        return runtimeService.startProcessInstanceByKey(KEY, caseFile.getCaseNumber(), variables);
    }

    /** What plan-draft submits through Tasklist: one goal domain and a filled slot per partner. */
    private static Map<String, Object> draft(String[] partners) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(PLAN_GOAL, value("Sem gaat weer naar school en het geweld thuis stopt"));
        form.put(PLAN_GOAL_DOMAINS, Map.of("type", "Json", "value", "[\"EDUCATION_WORK\"]"));
        form.put(goalOf("EDUCATION_WORK"), value("Sem gaat elke dag naar school"));
        String due = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusWeeks(6).toString();
        for (int slot = 1; slot <= partners.length; slot++) {
            form.put(agreementPartner(slot), value(partners[slot - 1]));
            // a partner's second agreement differs from its first
            boolean second = List.of(partners).subList(0, slot - 1).contains(partners[slot - 1]);
            form.put(agreementDescription(slot), value(second ? "Wijkagent bezoekt het gezin elke week" : "Begeleiding door " + partners[slot - 1]));
            form.put(agreementForWhom(slot), value("Sem"));
            form.put(agreementLifeDomain(slot), value("EDUCATION_WORK"));
            form.put(agreementKind(slot), value("CARE"));
            form.put(agreementDueDate(slot), value(due));
        }
        form.put(agreementPartner(partners.length + 1), value(null));
        form.put(RISK_MEMBER_PRESENT, value(false));
        return form;
    }

    private static void riskMember(Map<String, Object> form, String givenName, String familyName, String approach) {
        form.put(RISK_MEMBER_PRESENT, value(true));
        form.put(RISK_MEMBER_GIVEN_NAME, value(givenName));
        form.put(RISK_MEMBER_FAMILY_NAME, value(familyName));
        form.put(RISK_MEMBER_DATE_OF_BIRTH, value("2015-06-30"));
        form.put(RISK_MEMBER_RELATION, value("SIBLING"));
        form.put(RISK_MEMBER_APPROACH, value(approach));
        if (APPROACH_OWN_CASE.equals(approach)) {
            form.put(RISK_MEMBER_REASON, value("Daan spijbelt en trekt op met de vrienden van zijn broer"));
            form.put(RISK_MEMBER_LIFE_DOMAINS, Map.of("type", "Json", "value", "[\"EDUCATION_WORK\",\"FRIENDS_ACQUAINTANCES\"]"));
            form.put(RISK_MEMBER_CHAINS_NEEDED, value("2"));
            form.put(RISK_MEMBER_CRIMINAL_OR_NUISANCE_RISK, value(true));
            form.put(RISK_MEMBER_COERCION_OR_PRESSURE_NEEDED, value(false));
            form.put(RISK_MEMBER_SINGLE_CHAIN_SOLVABLE, value(false));
            form.put(RISK_MEMBER_PROVEN_STANDARD_APPROACH, value(false));
            form.put(RISK_MEMBER_INFORMED, value(false));
            form.put(RISK_MEMBER_NOT_INFORMED_REASON, value("Eerst gesprek met de ouders"));
        }
    }

    private static Map<String, Object> value(Object value) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("value", value);
        return typed;
    }

    /** Tasklist completes a Camunda Form with submit-form. */
    private Api.Answer submit(String user, String taskId, Map<String, Object> variables) {
        return Api.as(port, user).post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
    }

    private int decide(String user, String caseNumber, String decision, String reason) {
        String taskId = confirmationsOf(user, caseNumber).get(0).get("id").asText();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(AGREEMENTS_DECISION, value(decision));
        variables.put(AGREEMENTS_REJECTION_REASON, value(reason));
        variables.put(AGREEMENTS_MANDATE, value(true));
        Api.Answer answer = submit(user, taskId, variables);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(204);
        return answer.status();
    }

    private JsonNode tasksOf(String user, String caseNumber) {
        Api.Answer answer = Api.as(port, user).get("/engine-rest/task?nameLike=%25" + caseNumber + "%25");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    private JsonNode confirmationsOf(String user, String caseNumber) {
        Api.Answer answer = Api.as(port, user).get("/engine-rest/task?taskDefinitionKey=" + USER_TASK_CONFIRM_AGREEMENTS
                + "&processInstanceBusinessKey=" + caseNumber);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    private static String planPath(String caseNumber) {
        return "/api/cases/" + caseNumber + "/plan";
    }
}
