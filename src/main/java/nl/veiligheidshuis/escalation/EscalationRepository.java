package nl.veiligheidshuis.escalation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EscalationRepository extends JpaRepository<Escalation, Long>, JpaSpecificationExecutor<Escalation> {

    Optional<Escalation> findByOpenAgreementKey(String openAgreementKey);

    List<Escalation> findByCaseIdAndEscalatingPartnerAndStatus(Long caseId, String escalatingPartner, EscalationStatus status);

    List<Escalation> findByCaseIdAndStatusOrderById(Long caseId, EscalationStatus status);

    List<Escalation> findByCaseIdInOrderByEscalatedAtAscIdAsc(Collection<Long> caseIds);

    /** At destruction of the case (its levels first). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Escalation e where e.caseId = :caseId")
    int deleteByCase(@Param("caseId") Long caseId);
}
