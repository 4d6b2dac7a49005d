package nl.veiligheidshuis.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Destroys the cases whose retention term has passed, every night at 02:30 Dutch time by default
 * ({@code vh.retention.cron}, a Spring cron expression; "-" switches it off). On several nodes each runs it; the
 * lock on each case and the unique destruction record let one of them destroy it.
 */
@Component
class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;

    RetentionJob(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${vh.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    void destroyDueCases() {
        Retention.Run run = retention.destroyDueCases();
        if (!run.destroyed().isEmpty() || !run.failed().isEmpty()) {
            LOG.info("Bewaartermijn: {} casus(sen) vernietigd, {} mislukt", run.destroyed().size(), run.failed().size());
        }
    }
}
