package nl.veiligheidshuis.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LinkedCaseRepository extends JpaRepository<LinkedCase, Long> {

    List<LinkedCase> findByCaseIdOrLinkedCaseIdOrderById(Long caseId, Long linkedCaseId);

    boolean existsByCaseIdAndLinkedCaseId(Long caseId, Long linkedCaseId);
}
