package nl.veiligheidshuis.privacy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubjectRequestRepository extends JpaRepository<SubjectRequest, Long> {

    Optional<SubjectRequest> findByRequestNumber(String requestNumber);

    List<SubjectRequest> findBySubjectIdInOrderByRegisteredAt(Collection<Long> subjectIds);
}
