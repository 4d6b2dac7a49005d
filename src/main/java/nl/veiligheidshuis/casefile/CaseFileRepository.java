package nl.veiligheidshuis.casefile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

    Optional<CaseFile> findByCaseNumber(String caseNumber);

    /** Active cases in which a person with this BSN is a subject or family member. */
    @Query("""
            select distinct c from CaseFile c, Subject s
            where s.caseId = c.id and s.bsn = :bsn and c.status in :activeStatuses
            order by c.id""")
    List<CaseFile> findActiveByBsn(@Param("bsn") String bsn, @Param("activeStatuses") Collection<CaseStatus> activeStatuses);

    /** Active cases with a person of this name and date of birth (when no BSN is known). */
    @Query("""
            select distinct c from CaseFile c, Subject s
            where s.caseId = c.id and lower(s.familyName) = lower(:familyName) and lower(s.givenName) = lower(:givenName)
              and s.dateOfBirth = :dateOfBirth and c.status in :activeStatuses
            order by c.id""")
    List<CaseFile> findActiveByPerson(@Param("givenName") String givenName, @Param("familyName") String familyName,
            @Param("dateOfBirth") LocalDate dateOfBirth, @Param("activeStatuses") Collection<CaseStatus> activeStatuses);
}
