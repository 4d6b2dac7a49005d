package nl.veiligheidshuis.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContributionRepository extends JpaRepository<Contribution, Long> {

    List<Contribution> findByCaseIdOrderById(Long caseId);
}
