package nl.veiligheidshuis.conference;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConferenceRepository extends JpaRepository<Conference, Long> {

    List<Conference> findByCaseIdOrderByIdDesc(Long caseId);

    Optional<Conference> findByProcessInstanceId(String processInstanceId);
}
