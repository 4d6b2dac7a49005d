package nl.veiligheidshuis.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

    List<Agreement> findByPlanIdOrderBySlot(Long planId);

    List<Agreement> findByPlanIdInOrderBySlot(Collection<Long> planIds);
}
