package nl.veiligheidshuis.privacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.veiligheidshuis.casefile.Subject;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The rows of {@code vh_case_subject} that may be one person: the candidates {@link PersonMatching} decides on. */
interface SubjectRows extends Repository<Subject, Long> {

    @Query("select s from Subject s where s.id = :id")
    Subject byId(@Param("id") Long id);

    @Query("select s from Subject s where s.bsn = :bsn order by s.id")
    List<Subject> withBsn(@Param("bsn") String bsn);

    @Query("select s from Subject s where lower(trim(s.familyName)) = :familyName and s.dateOfBirth = :dateOfBirth order by s.id")
    List<Subject> withFamilyNameAndBirthDate(@Param("familyName") String familyNameLowerCase, @Param("dateOfBirth") LocalDate dateOfBirth);

    @Query("select s from Subject s where s.caseId in :caseIds order by s.id")
    List<Subject> inCases(@Param("caseIds") Collection<Long> caseIds);
}
