package nl.veiligheidshuis.funding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundingLocationShareRepository extends JpaRepository<FundingLocationShare, Long> {

    List<FundingLocationShare> findByRoundIdOrderByRegionIdAscLocationNameAsc(Long roundId);

    long countByRoundIdAndRegionId(Long roundId, String regionId);
}
