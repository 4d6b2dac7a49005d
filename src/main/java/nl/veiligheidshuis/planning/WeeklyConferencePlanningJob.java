package nl.veiligheidshuis.planning;

import java.time.Clock;
import nl.veiligheidshuis.organisation.Region;
import nl.veiligheidshuis.organisation.RegionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the week's conference planning of every region, by default on Monday at 07:00 Dutch time
 * ({@code vh.conference-planning.cron}, a Spring cron expression; "-" switches it off). A timer start event cannot
 * give each instance its region's tenant, so the application starts one instance per region. A region whose week
 * was started already (by process direction, or by another node) is skipped; one region's failure does not stop the
 * others.
 */
@Component
class WeeklyConferencePlanningJob {

    private static final Logger LOG = LoggerFactory.getLogger(WeeklyConferencePlanningJob.class);

    private final RegionRepository regions;
    private final ConferencePlanningStarter starter;
    private final Clock clock;

    WeeklyConferencePlanningJob(RegionRepository regions, ConferencePlanningStarter starter, Clock clock) {
        this.regions = regions;
        this.starter = starter;
        this.clock = clock;
    }

    @Scheduled(cron = "${vh.conference-planning.cron:0 0 7 * * MON}", zone = "Europe/Amsterdam")
    void startThisWeek() {
        startWeek(PlanningWeek.of(clock.instant()));
    }

    /** @return how many regions got a new planning */
    int startWeek(PlanningWeek week) {
        int started = 0;
        for (Region region : regions.findAll()) {
            try {
                starter.start(region.getId(), week);
                started++;
            } catch (PlanningAlreadyStartedException alreadyStarted) {
                LOG.debug("Weekplanning {} {} bestaat al", region.getId(), week);
            } catch (RuntimeException e) {
                LOG.error("Weekplanning {} {} kon niet starten", region.getId(), week, e);
            }
        }
        LOG.info("Weekplanning casusoverleg {}: {} regio('s) gestart", week, started);
        return started;
    }
}
