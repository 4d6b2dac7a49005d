package nl.veiligheidshuis.conference;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConferencePartnerRepository extends JpaRepository<ConferencePartner, Long> {

    List<ConferencePartner> findByConferenceIdOrderById(Long conferenceId);

    Optional<ConferencePartner> findByConferenceIdAndPartnerGroup(Long conferenceId, String partnerGroup);
}
