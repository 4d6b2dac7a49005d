package nl.veiligheidshuis.planning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConferenceSlotCaseRepository extends JpaRepository<ConferenceSlotCase, Long> {

    List<ConferenceSlotCase> findBySlotIdInOrderBySlotIdAscRankInSlotAsc(Collection<Long> slotIds);

    @Modifying(flushAutomatically = true)
    @Query("delete from ConferenceSlotCase c where c.slotId in (select s.id from ConferenceSlot s where s.planId = :planId)")
    int deleteByPlan(@Param("planId") Long planId);

    @Modifying(flushAutomatically = true)
    @Query("delete from ConferenceSlotCase c where c.caseId = :caseId")
    int deleteByCase(@Param("caseId") long caseId);
}
