package nl.veiligheidshuis.privacy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseStatus;
import nl.veiligheidshuis.system.CurrentCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Destroys closed cases whose retention term has passed (design.md: data and privacy rules): per case, in its own
 * transaction, every {@link CaseDataDestroyer} runs (the features' first, the case file's last), a destruction
 * record without personal data is written, the destruction is logged, and the engine's history of the case is
 * given to the next history cleanup. A case that fails stays as it was and is tried again next time; the others go
 * on. The access log is not touched (its own 5-year term is a separate, privileged step).
 */
@Service
public class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    static final int WHAT_MAX = 2000;
    static final Duration CANDIDATE_MARGIN = Duration.ofDays(1);

    /** What one run did: case numbers only. */
    public record Run(List<String> destroyed, List<String> failed) {
    }

    record Candidate(long caseId, String caseNumber) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate perCase;
    private final CaseFileRepository cases;
    private final RetentionTerms terms;
    private final RetentionExtensionRepository extensions;
    private final DestructionRecordRepository records;
    private final List<CaseDataDestroyer> destroyers;
    private final EntityManager entityManager;
    private final AccessLog accessLog;
    private final EngineHistoryRemoval engineHistory;
    private final Clock clock;

    Retention(JdbcTemplate jdbc, PlatformTransactionManager transactions, CaseFileRepository cases, RetentionTerms terms,
            RetentionExtensionRepository extensions, DestructionRecordRepository records, ObjectProvider<CaseDataDestroyer> destroyers,
            EntityManager entityManager, AccessLog accessLog, EngineHistoryRemoval engineHistory, Clock clock) {
        this.jdbc = jdbc;
        this.perCase = new TransactionTemplate(transactions);
        this.perCase.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.cases = cases;
        this.terms = terms;
        this.extensions = extensions;
        this.records = records;
        List<CaseDataDestroyer> all = new ArrayList<>(destroyers.stream().toList());
        AnnotationAwareOrderComparator.sort(all);
        this.destroyers = List.copyOf(all);
        this.entityManager = entityManager;
        this.accessLog = accessLog;
        this.engineHistory = engineHistory;
        this.clock = clock;
    }

    /** Destroys every case that is due now; one transaction per case. */
    public Run destroyDueCases() {
        Instant now = clock.instant();
        List<String> destroyed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Candidate candidate : candidates(now)) {
            try {
                if (Boolean.TRUE.equals(perCase.execute(status -> destroyIfDue(candidate.caseId(), now)))) {
                    destroyed.add(candidate.caseNumber());
                }
            } catch (RuntimeException e) {
                // the case number only: never personal data in the log
                LOG.error("Vernietiging van casus {} mislukt, volgende keer opnieuw: {}", candidate.caseNumber(), e.getMessage());
                failed.add(candidate.caseNumber());
            }
        }
        return new Run(destroyed, failed);
    }

    /**
     * Closed cases of each region closed at least that region's term ago (give or take {@link #CANDIDATE_MARGIN})
     * and not destroyed yet. A coarse selection: the timestamp columns hold UTC on PostgreSQL but the JVM's local
     * time on H2, so it takes a day more; {@link #destroyIfDue} decides exactly, on the case's own closure moment.
     */
    List<Candidate> candidates(Instant now) {
        String active = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isActive).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", "));
        List<Candidate> candidates = new ArrayList<>();
        terms.all().forEach((region, years) -> candidates.addAll(jdbc.query("""
                select c.id, c.case_number from vh_case c
                where c.region_id = ? and c.closed_at is not null and c.closed_at <= ? and c.status not in (%s)
                  and not exists (select 1 from vh_destruction_record d where d.case_number = c.case_number)
                order by c.closed_at, c.id""".formatted(active),
                (rs, n) -> new Candidate(rs.getLong(1), rs.getString(2)), region,
                LocalDateTime.ofInstant(now.atZone(RetentionPolicy.NETHERLANDS).minusYears(years).plus(CANDIDATE_MARGIN).toInstant(),
                        ZoneOffset.UTC))));
        return candidates;
    }

    /** Runs in the case's own transaction: locks the case, checks again, destroys, records. */
    boolean destroyIfDue(long caseId, Instant now) {
        jdbc.queryForList("select id from vh_case where id = ? for update", Long.class, caseId);
        CaseFile caseFile = cases.findById(caseId).orElse(null);
        if (caseFile == null || caseFile.isActive() || caseFile.getClosedAt() == null || records.existsByCaseNumber(caseFile.getCaseNumber())) {
            return false;
        }
        OptionalInt years = terms.yearsFor(caseFile.getRegionId());
        LocalDate extendedUntil = extensions.extendedUntil(caseId);
        if (years.isEmpty() || !RetentionPolicy.isDue(caseFile.getClosedAt(), years.getAsInt(), extendedUntil, now)) {
            return false;
        }
        String caseNumber = caseFile.getCaseNumber();
        Map<String, Integer> what = new LinkedHashMap<>();
        for (CaseDataDestroyer destroyer : destroyers) {
            destroyer.destroyCase(caseId, caseNumber).forEach((table, rows) -> what.merge(table, rows, Integer::sum));
            entityManager.flush();
        }
        records.save(new DestructionRecord(caseNumber, caseFile.getRegionId(), caseFile.getClosedAt(), now, years.getAsInt(), extendedUntil,
                describe(what)));
        accessLog.record(CurrentCaller.SYSTEM, null, caseNumber, null, AccessAction.DELETE, AccessLog.Channel.PROCESS,
                "casus vernietigd na de bewaartermijn van " + years.getAsInt() + " jaar");
        engineHistory.removeWithNextCleanup(caseNumber, Date.from(now));
        return true;
    }

    /** "vh_case_subject: 2 rijen, ..., vh_case: 1 rij (grafsteen)": names and counts only. */
    static String describe(Map<String, Integer> what) {
        String text = what.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue() + (e.getValue() == 1 ? " rij" : " rijen")
                        + (CaseFileDestroyer.TOMBSTONE.equals(e.getKey()) ? " (grafsteen: nummer, regio, soort, data en besluitcodes)" : ""))
                .collect(Collectors.joining(", "));
        return text.length() <= WHAT_MAX ? text : text.substring(0, WHAT_MAX - 1) + "…";
    }
}
