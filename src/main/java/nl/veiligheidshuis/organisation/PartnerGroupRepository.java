package nl.veiligheidshuis.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerGroupRepository extends JpaRepository<PartnerGroup, String> {
}
