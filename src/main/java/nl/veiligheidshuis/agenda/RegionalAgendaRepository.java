package nl.veiligheidshuis.agenda;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegionalAgendaRepository extends JpaRepository<RegionalAgenda, Long> {

    List<RegionalAgenda> findByRegionIdAndPeriodAndStatus(String regionId, String period, AgendaStatus status);

    Optional<RegionalAgenda> findFirstByRegionIdAndStatusOrderByAdoptedAtDesc(String regionId, AgendaStatus status);

    @Query("select coalesce(max(a.agendaVersion), 0) from RegionalAgenda a where a.regionId = :region and a.period = :period")
    int lastVersion(@Param("region") String region, @Param("period") String period);
}
