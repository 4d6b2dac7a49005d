package nl.veiligheidshuis.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvolvementRepository extends JpaRepository<Involvement, Long> {

    List<Involvement> findByCaseIdAndEndedAtIsNull(Long caseId);
}
