package nl.veiligheidshuis.privacy;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface RetentionExtensionRepository extends Repository<RetentionExtension, Long> {

    RetentionExtension save(RetentionExtension extension);

    /** The latest day any extension keeps the case, or null. */
    @Query("select max(e.until) from RetentionExtension e where e.caseId = :caseId")
    LocalDate extendedUntil(@Param("caseId") Long caseId);
}
