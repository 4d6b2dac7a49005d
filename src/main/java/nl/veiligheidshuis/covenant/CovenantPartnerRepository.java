package nl.veiligheidshuis.covenant;

import java.util.List;
import org.springframework.data.repository.Repository;

interface CovenantPartnerRepository extends Repository<CovenantPartner, Long> {

    List<CovenantPartner> findByRegionIdOrderByPartnerGroupAscJoinedOnAsc(String regionId);

    List<CovenantPartner> findByRegionIdAndPartnerGroup(String regionId, String partnerGroup);
}
