package nl.veiligheidshuis.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.privacy.PersonalVariables;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Tasklist route: the start form {@code referral-start} submitted as a professional would. */
@IntegrationTest
class StartFormReferralTest {

    static final String SUBMIT = "/engine-rest/process-definition/key/case-lifecycle/submit-form";
    static final int REST_FORM_START_FAILED = 500;

    @LocalServerPort
    int port;

    @Autowired
    CaseFileRepository cases;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Test
    void aReferralByStartFormBecomesACaseWithItsNumberAsBusinessKeyAndNoPersonalDataInTheEngine() {
        String bsn = Referrals.validBsn();
        Api.Answer answer = Api.as(port, "politie.utrecht").post(SUBMIT, Map.of("variables", form("utrecht", bsn)));

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        String processInstanceId = answer.body().get("id").asText();
        ProcessInstance lifecycle = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(lifecycle.getBusinessKey()).matches("VH-\\d{4}-\\d{6}");
        assertThat(lifecycle.getTenantId()).isEqualTo("utrecht");
        var caseFile = cases.findByCaseNumber(lifecycle.getBusinessKey()).orElseThrow();
        assertThat(caseFile.getProcessInstanceId()).isEqualTo(processInstanceId);
        assertThat(caseFile.getReferringPartner()).isEqualTo("politie");

        Jobs.executeAll(managementService);
        String[] instancesOfThisCase = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(lifecycle.getBusinessKey())
                .list().stream().map(ProcessInstance::getId).toArray(String[]::new);
        assertThat(instancesOfThisCase).isNotEmpty();
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instancesOfThisCase)
                .variableNameIn(PersonalVariables.NAMES.toArray(String[]::new)).count()).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName("subjectBsn")
                .count()).isZero();
        // the detail log of every variable written in this case (lifecycle and called processes) holds no BSN or name
        var details = historyService.createHistoricDetailQuery().variableUpdates().list().stream()
                .map(HistoricVariableUpdate.class::cast)
                .filter(update -> java.util.Arrays.asList(instancesOfThisCase).contains(update.getProcessInstanceId())
                        || processInstanceId.equals(update.getProcessInstanceId()))
                .toList();
        assertThat(details).as("the case's own decision inputs are in the history").isNotEmpty();
        assertThat(details).extracting(update -> String.valueOf(update.getValue())).noneMatch(value -> value.contains(bsn));
        assertThat(details).extracting(HistoricVariableUpdate::getVariableName).doesNotContain("subjectBsn", "subjectFamilyName", "summary");
        Api.Answer inbox = Api.as(port, "procesregie.utrecht").get("/engine-rest/task?nameLike=%25" + lifecycle.getBusinessKey() + "%25");
        assertThat(inbox.body()).hasSize(1);
    }

    @Test
    void aStartFormWithAWrongBsnIsRefusedWithTheFieldAndStoresNothing() {
        long casesBefore = cases.count();
        long instancesBefore = historyService.createHistoricProcessInstanceQuery().count();

        Api.Answer answer = Api.as(port, "politie.utrecht").post(SUBMIT, Map.of("variables", form("utrecht", "123456789")));

        // engine REST answers every failed form start with 500 ("Cannot instantiate process definition ...: <reason>");
        // Tasklist shows the reason, which names the field
        assertThat(answer.status()).isEqualTo(REST_FORM_START_FAILED);
        assertThat(answer.body().get("message").asText()).contains("subjects[0].bsn").contains("elfproef");
        assertThat(cases.count()).isEqualTo(casesBefore);
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void aStartFormForAnotherRegionIsRefused() {
        long casesBefore = cases.count();
        Api.Answer answer = Api.as(port, "politie.utrecht").post(SUBMIT, Map.of("variables", form("rotterdam-rijnmond", Referrals.validBsn())));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(cases.count()).isEqualTo(casesBefore);
    }

    @Test
    void aStartFormWithoutSubjectForAPersonCaseIsRefused() {
        Map<String, Object> form = form("utrecht", Referrals.validBsn());
        form.remove("subjectGivenName");
        form.remove("subjectFamilyName");
        form.remove("subjectBsn");
        Api.Answer answer = Api.as(port, "politie.utrecht").post(SUBMIT, Map.of("variables", form));
        assertThat(answer.status()).isEqualTo(REST_FORM_START_FAILED);
        assertThat(answer.body().get("message").asText()).contains("subjects:");
    }

    private static Map<String, Object> form(String region, String bsn) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("region", value(region));
        form.put("route", value("PARTNER"));
        form.put("caseType", value("PERSON"));
        form.put("referringPartner", value("politie"));
        form.put("summary", value("Jongere met schooluitval en geweld thuis."));
        form.put("subjectGivenName", value("Sem"));
        form.put("subjectFamilyName", value(Referrals.uniqueFamilyName()));
        form.put("subjectDateOfBirth", value("2009-04-01"));
        form.put("subjectBsn", value(bsn));
        form.put("subjectMunicipality", value("Utrecht"));
        form.put("lifeDomains", Map.of("value", "[\"EDUCATION_WORK\",\"DRUG_USE\",\"CURRENT_OFFENCE\"]", "type", "Json"));
        for (String yes : new String[] {"criminalOrNuisanceRisk", "coercionOrPressureNeeded", "systemImpact", "minorInvolved"}) {
            form.put(yes, Map.of("value", true, "type", "Boolean"));
        }
        for (String no : new String[] {"singleChainSolvable", "provenStandardApproach", "seriousAreaSafetyIssue", "acuteSafetyRisk",
                "subjectInformed"}) {
            form.put(no, Map.of("value", false, "type", "Boolean"));
        }
        form.put("chainsNeeded", Map.of("value", 3, "type", "Integer"));
        form.put("subjectNotInformedReason", value("veiligheid van het gezin"));
        return form;
    }

    private static Map<String, Object> value(String text) {
        return Map.of("value", text, "type", "String");
    }
}
