package nl.veiligheidshuis.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanGoalRepository extends JpaRepository<PlanGoal, Long> {

    List<PlanGoal> findByPlanIdOrderById(Long planId);
}
