package nl.veiligheidshuis.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanConfirmationRepository extends JpaRepository<PlanConfirmation, Long> {

    List<PlanConfirmation> findByPlanIdOrderById(Long planId);

    Optional<PlanConfirmation> findByPlanIdAndPartnerGroup(Long planId, String partnerGroup);
}
