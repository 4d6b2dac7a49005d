package nl.veiligheidshuis.escalation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EscalationLevelRepository extends JpaRepository<EscalationLevel, Long> {

    List<EscalationLevel> findByEscalationIdOrderBySeq(Long escalationId);

    List<EscalationLevel> findByEscalationIdInOrderByEscalationIdAscSeqAsc(Collection<Long> escalationIds);

    /** At destruction of the case: the levels of its escalations. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from EscalationLevel l where l.escalationId in (select e.id from Escalation e where e.caseId = :caseId)")
    int deleteByCase(@Param("caseId") Long caseId);
}
