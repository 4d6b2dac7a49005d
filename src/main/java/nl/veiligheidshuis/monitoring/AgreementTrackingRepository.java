package nl.veiligheidshuis.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgreementTrackingRepository extends JpaRepository<AgreementTracking, Long> {

    List<AgreementTracking> findByCaseIdAndPlanVersionOrderById(Long caseId, int planVersion);

    Optional<AgreementTracking> findByCaseIdAndPlanVersionAndAgreementKey(Long caseId, int planVersion, String agreementKey);

    /** The latest earlier tracking of an agreement key (the key is stable across plan versions). */
    Optional<AgreementTracking> findFirstByCaseIdAndAgreementKeyAndPlanVersionLessThanOrderByPlanVersionDesc(Long caseId,
            String agreementKey, int planVersion);

    @Query("select t.state, count(t) from AgreementTracking t where t.caseId = :caseId and t.planVersion = :planVersion group by t.state")
    List<Object[]> countByState(@Param("caseId") Long caseId, @Param("planVersion") int planVersion);

    @Modifying
    @Query("delete from AgreementTracking t where t.caseId = :caseId")
    int deleteByCase(@Param("caseId") Long caseId);
}
