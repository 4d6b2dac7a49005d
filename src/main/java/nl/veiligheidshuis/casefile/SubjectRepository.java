package nl.veiligheidshuis.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubjectRepository extends JpaRepository<Subject, Long> {

    List<Subject> findByCaseIdOrderById(Long caseId);
}
