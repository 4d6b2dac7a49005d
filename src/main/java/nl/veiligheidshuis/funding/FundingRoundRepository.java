package nl.veiligheidshuis.funding;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundingRoundRepository extends JpaRepository<FundingRound, Long> {

    Optional<FundingRound> findByYear(int year);

    boolean existsByYear(int year);
}
