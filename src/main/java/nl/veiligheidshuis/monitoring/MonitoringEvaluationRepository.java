package nl.veiligheidshuis.monitoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MonitoringEvaluationRepository extends JpaRepository<MonitoringEvaluation, Long> {

    List<MonitoringEvaluation> findByCaseIdAndPlanVersionOrderByCycle(Long caseId, int planVersion);

    long countByCaseIdAndPlanVersion(Long caseId, int planVersion);

    @Modifying
    @Query("delete from MonitoringEvaluation e where e.caseId = :caseId")
    int deleteByCase(@Param("caseId") Long caseId);
}
