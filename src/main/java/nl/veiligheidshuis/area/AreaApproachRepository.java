package nl.veiligheidshuis.area;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AreaApproachRepository extends JpaRepository<AreaApproach, Long> {

    List<AreaApproach> findByCaseIdOrderByIdDesc(Long caseId);

    boolean existsByCaseIdAndStatusNotIn(Long caseId, java.util.Collection<AreaApproachStatus> statuses);

    @Modifying
    @Query("delete from AreaApproach a where a.caseId = :caseId")
    int deleteByCase(@Param("caseId") Long caseId);
}
