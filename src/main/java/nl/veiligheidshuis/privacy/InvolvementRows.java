package nl.veiligheidshuis.privacy;

import java.util.Collection;
import java.util.List;
import nl.veiligheidshuis.casefile.Involvement;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Every involvement of a case, ended ones included (the export shows who was involved, and when). */
interface InvolvementRows extends Repository<Involvement, Long> {

    @Query("select i from Involvement i where i.caseId in :caseIds order by i.caseId, i.startedAt")
    List<Involvement> inCases(@Param("caseIds") Collection<Long> caseIds);
}
