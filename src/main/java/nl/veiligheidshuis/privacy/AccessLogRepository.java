package nl.veiligheidshuis.privacy;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: the application offers no update or delete of the access log. */
public interface AccessLogRepository extends Repository<AccessLogEntry, Long> {

    AccessLogEntry save(AccessLogEntry entry);

    List<AccessLogEntry> findByCaseNumberOrderByOccurredAt(String caseNumber);

    List<AccessLogEntry> findBySubjectIdOrderByOccurredAt(Long subjectId);
}
