package nl.veiligheidshuis.transfer;

import java.time.Clock;
import java.util.List;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseNotFoundException;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.organisation.Groups;
import nl.veiligheidshuis.organisation.Region;
import nl.veiligheidshuis.organisation.RegionRepository;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a handover to another region (§5.2, HANDOVER only; joint handling is not built): only process
 * direction of the origin region asks, to a known region other than the origin, at most one open request per case;
 * only process direction of the target region decides, once; a decline needs a reason; 20 days without a decision
 * expire the request. An accepted handover registers a new case in the target region through the intake.
 */
@Service
public class Transfers {

    static final int DECLINE_REASON_MAX = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(Transfers.class);

    private final CaseTransferRepository transfers;
    private final CaseFileRepository cases;
    private final RegionRepository regions;
    private final TransferProcesses processes;
    private final TransferredCases transferredCases;
    private final AccessLog accessLog;
    private final Clock clock;

    Transfers(CaseTransferRepository transfers, CaseFileRepository cases, RegionRepository regions, TransferProcesses processes,
            TransferredCases transferredCases, AccessLog accessLog, Clock clock) {
        this.transfers = transfers;
        this.cases = cases;
        this.regions = regions;
        this.processes = processes;
        this.transferredCases = transferredCases;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * Asks the target region to take the case over and starts {@code case-transfer} there.
     * 403 unless process direction, 404 unknown case or a case of another region, 400 bad target, 409 already open.
     */
    @Transactional
    public CaseTransfer request(String caseNumber, String targetRegion, Caller caller, AccessLog.Channel channel) {
        if (!caller.isMemberOf(Groups.PROCESS_DIRECTION)) {
            throw new NotPermittedException("Alleen procesregie van de regio van de casus kan een overdracht aanvragen");
        }
        CaseFile caseFile = cases.findByCaseNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        if (!caller.belongsTo(caseFile.getRegionId())) {
            throw new CaseNotFoundException(caseNumber);
        }
        String target = checkedTarget(targetRegion, caseFile.getRegionId());
        if (transfers.existsByOriginCaseIdAndStatus(caseFile.getId(), TransferStatus.REQUESTED)) {
            throw new TransferConflictException("Voor casus " + caseNumber + " loopt al een overdracht");
        }
        CaseTransfer transfer = transfers.saveAndFlush(new CaseTransfer(caseFile.getId(), caseNumber, caseFile.getRegionId(), target,
                caller.userId(), clock.instant()));
        transfer.attachProcess(processes.start(transfer, regionName(caseFile.getRegionId())));
        accessLog.record(caller.userId(), caller.groups(), caseNumber, null, AccessAction.UPDATE, channel,
                "overdracht aangevraagd naar regio " + target);
        LOG.info("Transfer {} of case {} to region {} requested", transfer.getId(), caseNumber, target);
        return transfer;
    }

    /**
     * The hook of {@code plan-monitoring}: a case closed because the person moved is handed over to the region the
     * case director named, as the process director who arranged it. Does nothing when a transfer is still open, or
     * when that region has already taken the case over (process direction may have asked through the API first).
     */
    @Transactional
    public void requestAfterMove(String caseNumber, String targetRegion, Caller caller) {
        CaseFile caseFile = cases.findByCaseNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        boolean asked = transfers.findByOriginCaseIdOrderById(caseFile.getId()).stream()
                .anyMatch(t -> t.getStatus() == TransferStatus.REQUESTED
                        || t.getStatus() == TransferStatus.ACCEPTED && t.getTargetRegion().equals(targetRegion));
        if (asked) {
            LOG.info("Case {} is already offered to, or taken over by, region {}; none requested after the move", caseNumber, targetRegion);
            return;
        }
        request(caseNumber, targetRegion, caller, AccessLog.Channel.TASKLIST);
    }

    /** The transfers of a case, for process direction of its region or of a region it was offered to; the read is logged. */
    @Transactional
    public List<CaseTransfer> list(String caseNumber, Caller caller, AccessLog.Channel channel) {
        if (!caller.isMemberOf(Groups.PROCESS_DIRECTION)) {
            throw new NotPermittedException("Alleen procesregie van de regio van de casus of van de ontvangende regio ziet de overdrachten");
        }
        CaseFile caseFile = cases.findByCaseNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        List<CaseTransfer> found = transfers.findByOriginCaseIdOrderById(caseFile.getId());
        boolean origin = caller.belongsTo(caseFile.getRegionId());
        boolean target = found.stream().anyMatch(t -> caller.belongsTo(t.getTargetRegion()));
        if (!origin && !target) {
            // like the case API: a region that has nothing to do with the case does not learn that it exists
            throw new CaseNotFoundException(caseNumber);
        }
        List<CaseTransfer> visible = origin ? found : found.stream().filter(t -> caller.belongsTo(t.getTargetRegion())).toList();
        accessLog.record(caller.userId(), caller.groups(), caseNumber, null, AccessAction.READ, channel, "overdrachten inzien");
        return visible;
    }

    /**
     * The target region takes the case over: a new case is registered there (same people and case type) and its
     * lifecycle starts; the transfer records its number. Returns the new case number.
     */
    @Transactional
    public String accept(long transferId, Caller caller) {
        CaseTransfer transfer = openTransferForDecision(transferId, caller);
        String newCaseNumber = transferredCases.register(transfer, caller);
        transfer.accept(newCaseNumber, caller.userId(), clock.instant());
        accessLog.record(caller.userId(), caller.groups(), transfer.getOriginCaseNumber(), null, AccessAction.UPDATE, AccessLog.Channel.TASKLIST,
                "overdracht geaccepteerd door regio " + transfer.getTargetRegion() + ", nieuwe casus " + newCaseNumber);
        LOG.info("Transfer {} accepted: case {} continues as {}", transferId, transfer.getOriginCaseNumber(), newCaseNumber);
        return newCaseNumber;
    }

    /** The target region declines, with a reason for the origin region. */
    @Transactional
    public void decline(long transferId, String reason, Caller caller) {
        String text = reason == null ? "" : reason.trim();
        if (text.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError(CaseTransferProcess.DECLINE_REASON,
                    "Geef een reden waarom uw regio de casus niet overneemt")));
        }
        if (text.length() > DECLINE_REASON_MAX) {
            throw new InvalidInputException(List.of(new FieldError(CaseTransferProcess.DECLINE_REASON, "Maximaal " + DECLINE_REASON_MAX + " tekens")));
        }
        CaseTransfer transfer = openTransferForDecision(transferId, caller);
        transfer.decline(text, caller.userId(), clock.instant());
        accessLog.record(caller.userId(), caller.groups(), transfer.getOriginCaseNumber(), null, AccessAction.UPDATE, AccessLog.Channel.TASKLIST,
                "overdracht afgewezen door regio " + transfer.getTargetRegion());
        LOG.info("Transfer {} of case {} declined", transferId, transfer.getOriginCaseNumber());
    }

    /** 20 days without a decision: the request lapses. A retried job finds it expired already and does nothing. */
    @Transactional
    public void expire(long transferId) {
        CaseTransfer transfer = byId(transferId);
        if (!transfer.getStatus().isOpen()) {
            return;
        }
        transfer.expire(clock.instant());
        accessLog.record(null, null, transfer.getOriginCaseNumber(), null, AccessAction.UPDATE, AccessLog.Channel.PROCESS,
                "overdracht naar regio " + transfer.getTargetRegion() + " verlopen zonder besluit");
        LOG.info("Transfer {} of case {} expired", transferId, transfer.getOriginCaseNumber());
    }

    private CaseTransfer openTransferForDecision(long transferId, Caller caller) {
        CaseTransfer transfer = byId(transferId);
        if (!caller.isMemberOf(Groups.PROCESS_DIRECTION) || !caller.belongsTo(transfer.getTargetRegion())) {
            throw new NotPermittedException("Alleen procesregie van regio '" + transfer.getTargetRegion() + "' besluit over deze overdracht");
        }
        if (!transfer.getStatus().isOpen()) {
            throw new TransferConflictException("Over deze overdracht is al besloten (" + transfer.getStatus() + ")");
        }
        return transfer;
    }

    private CaseTransfer byId(long transferId) {
        return transfers.findById(transferId).orElseThrow(() -> new IllegalStateException("No transfer " + transferId));
    }

    private String checkedTarget(String targetRegion, String originRegion) {
        String target = targetRegion == null ? "" : targetRegion.trim();
        if (target.isEmpty()) {
            throw invalidTarget("Kies de regio die de casus overneemt");
        }
        if (target.equals(originRegion)) {
            throw invalidTarget("Kies een andere regio dan die van de casus");
        }
        if (!regions.existsById(target)) {
            throw invalidTarget("Onbekende regio '" + target + "'");
        }
        return target;
    }

    private static InvalidInputException invalidTarget(String message) {
        return new InvalidInputException(List.of(new FieldError("targetRegion", message)));
    }

    private String regionName(String regionId) {
        return regions.findById(regionId).map(Region::getName).orElse(regionId);
    }
}
