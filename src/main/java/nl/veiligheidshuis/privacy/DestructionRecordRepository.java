package nl.veiligheidshuis.privacy;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Insert and read only: a destruction record is never changed. */
public interface DestructionRecordRepository extends Repository<DestructionRecord, Long> {

    DestructionRecord save(DestructionRecord record);

    Optional<DestructionRecord> findByCaseNumber(String caseNumber);

    boolean existsByCaseNumber(String caseNumber);
}
