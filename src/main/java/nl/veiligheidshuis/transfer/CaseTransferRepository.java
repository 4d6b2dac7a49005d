package nl.veiligheidshuis.transfer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseTransferRepository extends JpaRepository<CaseTransfer, Long> {

    List<CaseTransfer> findByOriginCaseIdOrderById(Long originCaseId);

    boolean existsByOriginCaseIdAndStatus(Long originCaseId, TransferStatus status);

    @Modifying
    @Query("delete from CaseTransfer t where t.originCaseId = :caseId")
    int deleteByCase(@Param("caseId") Long caseId);
}
