package nl.veiligheidshuis.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Drives the engine's asynchronous continuations in tests, where the job executor is off. */
public final class Jobs {

    private Jobs() {
    }

    /** Executes due jobs until none is left (timers in the future stay). */
    public static void executeAll(ManagementService managementService) {
        for (int round = 0; round < 50; round++) {
            var jobs = managementService.createJobQuery().executable().active().list();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                managementService.executeJob(job.getId());
            }
        }
        throw new IllegalStateException("Jobs keep coming after 50 rounds");
    }
}
