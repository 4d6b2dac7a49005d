package nl.veiligheidshuis.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConferenceSlotRepository extends JpaRepository<ConferenceSlot, Long> {

    List<ConferenceSlot> findByPlanIdOrderBySlotNumber(Long planId);

    @Modifying(flushAutomatically = true)
    @Query("delete from ConferenceSlot s where s.planId = :planId")
    int deleteByPlan(@Param("planId") Long planId);
}
