package nl.veiligheidshuis.process;

import static nl.veiligheidshuis.funding.FundingAllocationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
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
import nl.veiligheidshuis.funding.Euros;
import nl.veiligheidshuis.funding.FundingInput;
import nl.veiligheidshuis.funding.FundingSplit;
import nl.veiligheidshuis.process.support.ProcessCoverage;
import nl.veiligheidshuis.process.support.ProcessTestCase;
import nl.veiligheidshuis.process.support.RegionTenantTestPlugin;
import org.camunda.bpm.engine.AuthorizationException;
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
 * {@code funding-allocation}: the national instance of a year (no tenant) lets the national meeting decide the split,
 * records the regions' shares and starts a region part per region in the region's tenant; there the steering group
 * splits the share over its locations. Delegates are fakes (two regions instead of 25); the checks behave as the real
 * ones ({@code FundingRounds} has its integration test).
 */
@Deployment(resources = {"processes/funding-allocation.bpmn", "forms/funding-national.form", "forms/funding-locations.form"})
class FundingAllocationProcessTest extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessCoverage.extension();

    @Override
    protected ProcessEngineExtension extension() {
        return extension;
    }

    static final long SHARE = 30_800_000L;
    static final List<String> FAKE_REGIONS = List.of("utrecht", "zuid-limburg");

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void fakeDelegates() {
        Mocks.register(NATIONAL_SPLIT_CHECK, (TaskListener) this::checkNationalSplit);
        Mocks.register(RECORD_REGION_SHARES_DELEGATE, (JavaDelegate) this::recordRegionShares);
        Mocks.register(START_REGION_SPLITS_DELEGATE, (JavaDelegate) this::startRegionSplits);
        Mocks.register(LOCATION_SPLIT_CHECK, (TaskListener) this::checkLocationSplit);
        Mocks.register(RECORD_LOCATION_SHARES_DELEGATE, (JavaDelegate) execution -> calls.add(RECORD_LOCATION_SHARES_DELEGATE + ":"
                + execution.getVariable(REGION)));
    }

    /** As {@code NationalSplitCheck}. */
    private void checkNationalSplit(DelegateTask task) {
        try {
            Euros.parse((String) task.getVariable(TOTAL_AMOUNT));
            FundingInput.weights((String) task.getVariable(WEIGHTS), RegionTenantTestPlugin.REGIONS);
        } catch (IllegalArgumentException | FundingInput.WrongInput wrong) {
            throw new BadUserRequestException(wrong.getMessage());
        }
    }

    private void recordRegionShares(DelegateExecution execution) {
        calls.add(RECORD_REGION_SHARES_DELEGATE);
        execution.setVariable(FUNDING_SUMMARY, "- utrecht (Utrecht): € 308.000,00\n- zuid-limburg (Maastricht): € 308.000,00");
    }

    /** As the real one: a region part per region, started by the application (no user), with the region as tenant. */
    private void startRegionSplits(DelegateExecution execution) {
        calls.add(START_REGION_SPLITS_DELEGATE);
        int year = (Integer) execution.getVariable(FUNDING_YEAR);
        for (String region : FAKE_REGIONS) {
            runtimeService().createProcessInstanceByKey(KEY).businessKey(regionBusinessKey(year, region))
                    .setVariables(regionVariables(year, region)).execute();
        }
    }

    static Map<String, Object> regionVariables(int year, String region) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SCOPE, SCOPE_REGION);
        variables.put(FUNDING_YEAR, year);
        variables.put(ROUND_ID, 7L);
        variables.put(REGION, region);
        variables.put(REGION_SHARE_AMOUNT, Euros.format(SHARE));
        variables.put(SEAT_MUNICIPALITY, "Utrecht");
        return variables;
    }

    /** As {@code LocationSplitCheck}, with every region's share {@link #SHARE}. */
    private void checkLocationSplit(DelegateTask task) {
        List<String> problems;
        try {
            problems = FundingSplit.checkLocations(SHARE, FundingInput.locations((String) task.getVariable(LOCATION_SPLIT)));
        } catch (FundingInput.WrongInput wrong) {
            problems = List.of(wrong.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new BadUserRequestException(LOCATION_SPLIT + ": " + String.join("; ", problems));
        }
    }

    private ProcessInstance startNational(int year) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SCOPE, SCOPE_NATIONAL);
        variables.put(FUNDING_YEAR, year);
        variables.put(ROUND_ID, 7L);
        variables.put(TOTAL_AMOUNT, "7.700.000,00");
        variables.put(WEIGHTS, "");
        return runtimeService().createProcessInstanceByKey(KEY).businessKey(businessKey(year)).setVariables(variables).execute();
    }

    private ProcessInstance regionPart(String region) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(regionBusinessKey(2027, region))
                .singleResult();
    }

    @Test
    void theNationalMeetingDecidesThenEachRegionsSteeringGroupSplitsItsShareOverItsLocations() {
        ProcessInstance national = startNational(2027);

        assertThat(national.getTenantId()).isNull();
        assertThat(national.getBusinessKey()).isEqualTo("funding-2027");
        assertThat(national).hasPassed(START_EVENT_ROUND_STARTS, GATEWAY_SCOPE).isWaitingAt(USER_TASK_DECIDE_NATIONAL_SPLIT);
        Task decide = task(USER_TASK_DECIDE_NATIONAL_SPLIT, national);
        assertThat(decide).hasName("Verdeling Rijksbijdrage vaststellen — 2027").hasCandidateGroup("landelijk-overleg").isNotAssigned();
        assertThat(decide.getTenantId()).isNull();
        assertThat(deployedFormIdOf(decide)).isEqualTo(FORM_NATIONAL);

        complete(decide, withVariables(WEIGHTS, "utrecht = 2"));

        assertThat(national).hasPassedInOrder(USER_TASK_DECIDE_NATIONAL_SPLIT, SERVICE_TASK_RECORD_REGION_SHARES,
                SERVICE_TASK_START_REGION_SPLITS, END_EVENT_REGIONS_ASKED).isEnded();
        assertThat(calls).containsExactly(RECORD_REGION_SHARES_DELEGATE, START_REGION_SPLITS_DELEGATE);

        ProcessInstance utrecht = regionPart("utrecht");
        ProcessInstance zuidLimburg = regionPart("zuid-limburg");
        assertThat(utrecht.getTenantId()).isEqualTo("utrecht");
        assertThat(zuidLimburg.getTenantId()).isEqualTo("zuid-limburg");
        assertThat(utrecht).hasPassed(GATEWAY_SCOPE).hasNotPassed(USER_TASK_DECIDE_NATIONAL_SPLIT).isWaitingAt(USER_TASK_DECIDE_LOCATION_SPLIT);
        assertThat(utrecht).variables().containsOnlyKeys(SCOPE, FUNDING_YEAR, ROUND_ID, REGION, REGION_SHARE_AMOUNT, SEAT_MUNICIPALITY);
        Task split = task(USER_TASK_DECIDE_LOCATION_SPLIT, utrecht);
        assertThat(split).hasName("Verdeling over locaties vaststellen — 2027").hasCandidateGroup("stuurgroep").isNotAssigned();
        assertThat(split.getTenantId()).isEqualTo("utrecht");
        // 30 calendar days in the engine's time zone (the clocks go forward on 29 March)
        assertThat(split).hasDueDate(Date.from(START.atZone(ZoneId.systemDefault()).plusDays(30).toInstant()));
        assertThat(deployedFormIdOf(split)).isEqualTo(FORM_LOCATIONS);

        complete(split, withVariables(LOCATION_SPLIT, "Veiligheidshuis Utrecht = 200.000,00\nVeiligheidshuis Amersfoort = 108.000,00"));

        assertThat(utrecht).hasPassedInOrder(USER_TASK_DECIDE_LOCATION_SPLIT, SERVICE_TASK_RECORD_LOCATION_SHARES, END_EVENT_LOCATIONS_DECIDED)
                .isEnded();
        assertThat(zuidLimburg).isWaitingAt(USER_TASK_DECIDE_LOCATION_SPLIT);
        assertThat(calls).endsWith(RECORD_LOCATION_SHARES_DELEGATE + ":utrecht");
    }

    @Test
    void aLocationSplitThatDoesNotAddUpIsRefusedAndTheTaskStays() {
        ProcessInstance utrecht = runtimeService().createProcessInstanceByKey(KEY).businessKey(regionBusinessKey(2027, "utrecht"))
                .setVariables(regionVariables(2027, "utrecht")).execute();
        Task split = task(USER_TASK_DECIDE_LOCATION_SPLIT, utrecht);

        assertThatThrownBy(() -> taskService().complete(split.getId(), Map.of(LOCATION_SPLIT, "Utrecht = 200.000,00\nAmersfoort = 100.000,00")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("moeten precies het regiobedrag (€ 308.000,00) zijn");
        assertThatThrownBy(() -> taskService().complete(split.getId(), Map.of(LOCATION_SPLIT, "Utrecht = veel")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("geen bedrag in euro");
        assertThatThrownBy(() -> taskService().complete(split.getId())).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Geef ten minste één locatie");

        assertThat(utrecht).isWaitingAt(USER_TASK_DECIDE_LOCATION_SPLIT);
        assertThat(calls).isEmpty();
    }

    @Test
    void aWrongNationalTotalIsRefusedAndTheTaskStays() {
        ProcessInstance national = startNational(2028);
        Task decide = task(USER_TASK_DECIDE_NATIONAL_SPLIT, national);

        assertThatThrownBy(() -> taskService().complete(decide.getId(), Map.of(TOTAL_AMOUNT, "zeven miljoen")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("geen bedrag in euro");
        assertThatThrownBy(() -> taskService().complete(decide.getId(), Map.of(WEIGHTS, "atlantis = 3")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("onbekende regio 'atlantis'");

        assertThat(national).isWaitingAt(USER_TASK_DECIDE_NATIONAL_SPLIT);
        assertThat(calls).isEmpty();
    }

    @Test
    void aRegionPartNeedsAKnownRegionAndIsStartedByTheApplicationOnly() {
        assertThatThrownBy(() -> runtimeService().createProcessInstanceByKey(KEY).setVariables(regionVariables(2027, "atlantis")).execute())
                .hasMessageContaining("Onbekende regio 'atlantis'");

        engine().getIdentityService().setAuthentication("landelijk", List.of("landelijk-overleg"));
        try {
            assertThatThrownBy(() -> runtimeService().createProcessInstanceByKey(KEY).setVariables(regionVariables(2027, "utrecht")).execute())
                    .isInstanceOf(AuthorizationException.class).hasMessageContaining("Alleen de applicatie");
        } finally {
            engine().getIdentityService().clearAuthentication();
        }
    }
}
