package nl.veiligheidshuis.planning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.veiligheidshuis.casefile.CaseStatus;
import nl.veiligheidshuis.conference.ConferenceStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConferencePlanRepository extends JpaRepository<ConferencePlan, Long> {

    Optional<ConferencePlan> findByRegionIdAndWeek(String regionId, String week);

    /**
     * The cases of a region waiting for a conference, one row per selected partner: an active case whose conference
     * has its partners chosen and is not held yet; a conference already scheduled counts only up to the end of the
     * week (one scheduled later belongs to a later week's planning).
     */
    @Query("""
            select new nl.veiligheidshuis.planning.WaitingCaseRow(k.id, k.caseNumber, k.priority, c.scheduledAt,
                   c.participantsChosenAt, p.partnerGroup)
            from nl.veiligheidshuis.casefile.CaseFile k, nl.veiligheidshuis.conference.Conference c,
                 nl.veiligheidshuis.conference.ConferencePartner p
            where c.caseId = k.id and p.conferenceId = c.id and p.selected = true
              and k.regionId = :region and k.status in :activeStatuses and c.status in :waitingStatuses
              and (c.scheduledAt is null or c.scheduledAt < :weekEnd)
            order by k.caseNumber, p.partnerGroup""")
    List<WaitingCaseRow> findWaitingCases(@Param("region") String region, @Param("activeStatuses") Collection<CaseStatus> activeStatuses,
            @Param("waitingStatuses") Collection<ConferenceStatus> waitingStatuses, @Param("weekEnd") Instant weekEnd);
}
