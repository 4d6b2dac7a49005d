package nl.veiligheidshuis.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findByCaseIdAndVersion(Long caseId, int version);

    Optional<Plan> findFirstByCaseIdOrderByVersionDesc(Long caseId);

    Optional<Plan> findFirstByCaseIdAndStatusOrderByVersionDesc(Long caseId, PlanStatus status);

    List<Plan> findByCaseIdOrderByVersion(Long caseId);
}
