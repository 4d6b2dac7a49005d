package nl.veiligheidshuis.covenant;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.organisation.PartnerGroup;
import nl.veiligheidshuis.organisation.PartnerGroupRepository;
import nl.veiligheidshuis.organisation.RegionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The covenant register of each region (design.md: a partner organisation takes part only while the region's
 * covenant lists it, with dates). A partner may have several periods (left and joined again).
 */
@Service
public class Covenants {

    private final CovenantPartnerRepository register;
    private final RegionRepository regions;
    private final PartnerGroupRepository partnerGroups;

    Covenants(CovenantPartnerRepository register, RegionRepository regions, PartnerGroupRepository partnerGroups) {
        this.register = register;
        this.regions = regions;
        this.partnerGroups = partnerGroups;
    }

    /** Whether the partner group takes part in the region's covenant on that day. */
    @Transactional(readOnly = true)
    public boolean isParticipating(String region, String partner, LocalDate day) {
        return participates(register.findByRegionIdAndPartnerGroup(region, partner), day);
    }

    /**
     * The field error for a referral by a known chain partner in a known region that is not in that region's
     * covenant on that day; empty otherwise (an unknown region or partner has its own message).
     */
    @Transactional(readOnly = true)
    public Optional<FieldError> refusalOfReferringPartner(String region, String partner, LocalDate day) {
        if (region == null || partner == null || day == null || !regions.existsById(region)
                || !partnerGroups.findById(partner).map(PartnerGroup::isChainPartner).orElse(false)
                || isParticipating(region, partner, day)) {
            return Optional.empty();
        }
        return Optional.of(new FieldError("referringPartner",
                "'" + partner + "' neemt op " + day + " niet deel aan het convenant van regio '" + region + "'"));
    }

    @Transactional(readOnly = true)
    public List<CovenantPartner> register(String region) {
        return register.findByRegionIdOrderByPartnerGroupAscJoinedOnAsc(region);
    }

    static boolean participates(List<CovenantPartner> periods, LocalDate day) {
        return periods.stream().anyMatch(period -> period.covers(day));
    }
}
