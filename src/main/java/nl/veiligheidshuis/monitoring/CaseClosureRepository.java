package nl.veiligheidshuis.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseClosureRepository extends JpaRepository<CaseClosure, Long> {

    /** The latest closing of the case (a reopened case may be closed again). */
    Optional<CaseClosure> findFirstByCaseIdOrderByIdDesc(Long caseId);

    List<CaseClosure> findByCaseIdOrderById(Long caseId);

    @Modifying
    @Query("delete from CaseClosure c where c.caseId = :caseId")
    int deleteByCase(@Param("caseId") Long caseId);
}
