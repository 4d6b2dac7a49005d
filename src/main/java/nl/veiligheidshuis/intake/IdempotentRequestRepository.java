package nl.veiligheidshuis.intake;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdempotentRequestRepository extends JpaRepository<IdempotentRequest, IdempotentRequest.Key> {
}
