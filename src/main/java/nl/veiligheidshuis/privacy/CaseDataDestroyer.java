package nl.veiligheidshuis.privacy;

import java.util.Map;
import org.springframework.core.Ordered;

/**
 * Destroys one feature's data of a case whose retention term has passed (design.md: closed cases are destroyed
 * after their retention term) or of one person erased on request. A feature that keeps data about a case (plans,
 * agreements, conferences, escalations, ...) declares a bean of this type. The retention job calls every bean, in
 * {@link #getOrder()} order, in one transaction per case; the case file's own tables come last
 * ({@link Ordered#LOWEST_PRECEDENCE}), so a feature's rows that point at a case or a subject row go first. The case
 * is destroyed only when, afterwards, no table that points at the case or its people still holds rows of it: a
 * feature without a destroyer makes the destruction fail (and be retried the next night), it never leaves data
 * behind silently.
 */
public interface CaseDataDestroyer extends Ordered {

    /**
     * Deletes (or strips of every personal detail) this feature's rows of the case, in the destruction's transaction.
     *
     * @return rows destroyed per table name (for the destruction record: names and counts only, no content)
     */
    Map<String, Integer> destroyCase(long caseId, String caseNumber);

    /**
     * Deletes this feature's rows that point at one person's row of a closed case ({@code vh_case_subject.id}), just
     * before that row is erased on the person's request. Most features keep nothing per person: the default does nothing.
     */
    default Map<String, Integer> erasePerson(long caseId, long subjectId) {
        return Map.of();
    }

    @Override
    default int getOrder() {
        return 0;
    }
}
