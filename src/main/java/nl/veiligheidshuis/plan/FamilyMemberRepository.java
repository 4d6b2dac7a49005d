package nl.veiligheidshuis.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyMemberRepository extends JpaRepository<FamilyMember, Long> {

    Optional<FamilyMember> findByPlanId(Long planId);
}
