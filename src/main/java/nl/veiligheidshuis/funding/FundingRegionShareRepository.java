package nl.veiligheidshuis.funding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundingRegionShareRepository extends JpaRepository<FundingRegionShare, Long> {

    List<FundingRegionShare> findByRoundIdOrderByRegionId(Long roundId);

    Optional<FundingRegionShare> findByRoundIdAndRegionId(Long roundId, String regionId);
}
