package nl.veiligheidshuis.privacy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import nl.veiligheidshuis.system.CurrentCaller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log's own term: an entry is kept 5 years, counted in whole days of Dutch time, and then removed. An
 * entry of any moment on a day is kept up to and including the same calendar day five years later. Removes in
 * batches, each in its own transaction, and then writes one entry of what it removed (a count and a date, no
 * personal data). On PostgreSQL the database itself refuses the delete of any younger entry
 * ({@code db/vendor/postgresql/V9_1__access_log_purge.sql}).
 */
@Service
public class AccessLogPurge {

    static final int TERM_YEARS = 5;
    static final int BATCH = 500;
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** What one run removed, and the first day it kept. */
    public record Run(long purged, LocalDate keptFrom) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate perBatch;
    private final EntityManager entityManager;
    private final AccessLog accessLog;
    private final Clock clock;

    AccessLogPurge(JdbcTemplate jdbc, EntityManager entityManager, PlatformTransactionManager transactions, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.perBatch = new TransactionTemplate(transactions);
        this.perBatch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The first day (Dutch time) whose entries are kept at {@code now}: the same day five years ago. */
    static LocalDate keptFrom(Instant now) {
        return now.atZone(RetentionPolicy.NETHERLANDS).toLocalDate().minusYears(TERM_YEARS);
    }

    public Run purge() {
        LocalDate keptFrom = keptFrom(clock.instant());
        Instant before = keptFrom.atStartOfDay(RetentionPolicy.NETHERLANDS).toInstant();
        long purged = 0;
        int removed;
        do {
            removed = perBatch.execute(status -> removeBatch(before));
            purged += removed;
        } while (removed == BATCH);
        if (purged > 0) {
            accessLog.record(CurrentCaller.SYSTEM, null, null, null, AccessAction.DELETE, AccessLog.Channel.PROCESS,
                    "toegangslog opgeschoond: " + purged + (purged == 1 ? " regel" : " regels") + " van vóór "
                            + DUTCH_DATE.format(keptFrom) + " verwijderd (bewaartermijn " + TERM_YEARS + " jaar)");
        }
        return new Run(purged, keptFrom);
    }

    /**
     * Selects through the entity mapping, so the moment is compared the way it was written (on PostgreSQL in UTC,
     * on H2 in the JVM's time zone), and deletes by id.
     */
    private int removeBatch(Instant before) {
        List<Long> ids = entityManager.createQuery("select e.id from AccessLogEntry e where e.occurredAt < :before order by e.id", Long.class)
                .setParameter("before", before).setMaxResults(BATCH).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        jdbc.update("delete from vh_access_log where id in (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", ids.toArray());
        return ids.size();
    }
}
