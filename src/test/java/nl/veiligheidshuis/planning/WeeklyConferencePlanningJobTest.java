package nl.veiligheidshuis.planning;

import static org.assertj.core.api.Assertions.assertThat;

import nl.veiligheidshuis.organisation.RegionRepository;
import nl.veiligheidshuis.support.IntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The weekly job starts one planning per region, each in its region's tenant, and a second run of the same week starts none. */
@IntegrationTest
class WeeklyConferencePlanningJobTest {

    private static final PlanningWeek FAR_WEEK = PlanningWeek.parse("2031-W07");

    @Autowired
    WeeklyConferencePlanningJob job;
    @Autowired
    RegionRepository regions;
    @Autowired
    RuntimeService runtimeService;

    @AfterEach
    void removeThePlannings() {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(ConferencePlanningProcess.KEY).listPage(0, 100).stream()
                .filter(instance -> instance.getBusinessKey().endsWith(FAR_WEEK.toString()))
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
    }

    @Test
    void everyRegionGetsItsWeekOnceInItsOwnTenant() {
        long regionCount = regions.count();

        assertThat(job.startWeek(FAR_WEEK)).isEqualTo(regionCount);
        assertThat(job.startWeek(FAR_WEEK)).as("the same week again").isZero();

        var started = runtimeService.createProcessInstanceQuery().processDefinitionKey(ConferencePlanningProcess.KEY).listPage(0, 100).stream()
                .filter(instance -> instance.getBusinessKey().endsWith(FAR_WEEK.toString())).toList();
        assertThat(started).hasSize((int) regionCount);
        assertThat(started).allSatisfy(instance -> assertThat(instance.getBusinessKey()).isEqualTo(instance.getTenantId() + "-" + FAR_WEEK));
        assertThat(started.stream().map(ProcessInstance::getTenantId).distinct()).hasSize((int) regionCount);
    }
}
