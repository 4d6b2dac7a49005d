package nl.veiligheidshuis.privacy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reading the access log about one person: entries logged on the person's cases or on the person's rows. */
interface AccessLogQueries extends Repository<AccessLogEntry, Long> {

    @Query("""
            select e from AccessLogEntry e
            where e.caseNumber in :caseNumbers or e.subjectId in :subjectIds
            order by e.occurredAt, e.id""")
    List<AccessLogEntry> about(@Param("caseNumbers") Collection<String> caseNumbers, @Param("subjectIds") Collection<Long> subjectIds);

    @Query("""
            select count(e) from AccessLogEntry e
            where e.subjectId in :subjectIds and e.action = 'EXPORT' and e.occurredAt >= :since""")
    long exportsSince(@Param("subjectIds") Collection<Long> subjectIds, @Param("since") Instant since);
}
