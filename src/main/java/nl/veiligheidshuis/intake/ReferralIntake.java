package nl.veiligheidshuis.intake;

import java.time.Clock;
import java.util.Optional;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.lifecycle.CaseProcesses;
import nl.veiligheidshuis.organisation.Groups;
import nl.veiligheidshuis.organisation.RegionRepository;
import nl.veiligheidshuis.privacy.AccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral API's use case: register the referral and, for a new case, start its lifecycle, in one
 * transaction, so that a failure anywhere stores nothing. A retried request with the same idempotency key gets
 * the first answer.
 */
@Service
class ReferralIntake {

    static final int CREATED = 201;
    static final int LINKED = 200;

    private final ReferralRegistration registration;
    private final CaseProcesses processes;
    private final CaseFiles caseFiles;
    private final IdempotentRequestRepository idempotentRequests;
    private final RegionRepository regions;
    private final Clock clock;

    ReferralIntake(ReferralRegistration registration, CaseProcesses processes, CaseFiles caseFiles,
            IdempotentRequestRepository idempotentRequests, RegionRepository regions, Clock clock) {
        this.registration = registration;
        this.processes = processes;
        this.caseFiles = caseFiles;
        this.idempotentRequests = idempotentRequests;
        this.regions = regions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ReferralAnswer> earlierAnswer(Caller caller, String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return idempotentRequests.findById(new IdempotentRequest.Key(caller.userId(), idempotencyKey)).map(IdempotentRequest::answer);
    }

    @Transactional
    public ReferralAnswer refer(ReferralRequest referral, Caller caller, String idempotencyKey) {
        RegistrationOutcome outcome = registration.register(referral, caller, AccessLog.Channel.API);
        ReferralAnswer answer;
        if (outcome.linked()) {
            answer = new ReferralAnswer(LINKED, outcome.caseNumber(), null, true, otherRegionHit(outcome));
        } else {
            String processInstanceId = processes.startCase(outcome.caseNumber(), DecisionInputs.of(referral, outcome));
            caseFiles.attachProcess(outcome.caseId(), processInstanceId);
            answer = new ReferralAnswer(CREATED, outcome.caseNumber(), processInstanceId, false, otherRegionHit(outcome));
        }
        if (idempotencyKey != null) {
            idempotentRequests.saveAndFlush(new IdempotentRequest(new IdempotentRequest.Key(caller.userId(), idempotencyKey), answer,
                    clock.instant()));
        }
        return answer;
    }

    private ReferralAnswer.OtherRegionHit otherRegionHit(RegistrationOutcome outcome) {
        if (outcome.otherRegionHit() == null) {
            return null;
        }
        String name = regions.findById(outcome.otherRegionHit()).map(r -> r.getName()).orElse(outcome.otherRegionHit());
        return new ReferralAnswer.OtherRegionHit(outcome.otherRegionHit(), name, Groups.PROCESS_DIRECTION);
    }
}
