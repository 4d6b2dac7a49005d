package nl.veiligheidshuis.monitoring;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseStatusRepository extends JpaRepository<CaseStatusRecord, Long> {

    /**
     * The row, locked until the transaction ends: concurrent reports of one case recount one after the other, so
     * none overwrites the other's count with an older one.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CaseStatusRecord s where s.caseId = :caseId")
    Optional<CaseStatusRecord> findForUpdate(@Param("caseId") Long caseId);

    @Modifying
    @Query("delete from CaseStatusRecord s where s.caseId = :caseId")
    int deleteByCase(@Param("caseId") Long caseId);
}
