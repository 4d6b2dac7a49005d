package nl.veiligheidshuis.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes access log entries past their 5-year term, every night at 03:15 Dutch time by default
 * ({@code vh.retention.access-log-cron}, a Spring cron expression; "-" switches it off). On several nodes each runs
 * it; an entry removed by one is simply not found by the other.
 */
@Component
class AccessLogPurgeJob {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLogPurgeJob.class);

    private final AccessLogPurge purge;

    AccessLogPurgeJob(AccessLogPurge purge) {
        this.purge = purge;
    }

    @Scheduled(cron = "${vh.retention.access-log-cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
    void purge() {
        AccessLogPurge.Run run = purge.purge();
        if (run.purged() > 0) {
            LOG.info("Toegangslog: {} regel(s) van vóór {} verwijderd", run.purged(), run.keptFrom());
        }
    }
}
