package nl.veiligheidshuis.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.casefile.CaseType;
import nl.veiligheidshuis.casefile.Referral;
import nl.veiligheidshuis.casefile.ReferralRepository;
import nl.veiligheidshuis.casefile.Subject;
import nl.veiligheidshuis.casefile.SubjectRepository;
import nl.veiligheidshuis.intake.DecisionInputs;
import nl.veiligheidshuis.intake.ReferralRegistration;
import nl.veiligheidshuis.intake.ReferralRequest;
import nl.veiligheidshuis.intake.RegistrationOutcome;
import nl.veiligheidshuis.lifecycle.CaseProcesses;
import nl.veiligheidshuis.organisation.Groups;
import nl.veiligheidshuis.organisation.RegionRepository;
import nl.veiligheidshuis.privacy.AccessLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the case anew in the target region when a handover is accepted, through the intake's own path (as an API
 * referral: {@link ReferralRegistration#register}, then {@code case-lifecycle} via {@link CaseProcesses#startCase}
 * and {@link CaseFiles#attachProcess}, like the preventive referrals of the plan): same people, same case type,
 * route {@code PARTNER}, referred by the origin case's referring partner, with the origin's criteria, indicators and
 * life domains. The accepting process director acts; a person already in an active case of the target region joins
 * that case (one family, one plan). The origin case number is recorded on the new case as a contribution.
 */
@Component
class TransferredCases {

    static final String ROUTE = "PARTNER";
    static final int SUMMARY_MAX = 4000;
    static final String CONTRIBUTION_KIND = "TRANSFER";
    static final String LEGAL_BASIS = "Wet gegevensverwerking door samenwerkingsverbanden";

    private final ReferralRegistration registration;
    private final CaseProcesses processes;
    private final CaseFiles caseFiles;
    private final SubjectRepository subjects;
    private final ReferralRepository referrals;
    private final RegionRepository regions;
    private final ObjectMapper json;

    TransferredCases(ReferralRegistration registration, CaseProcesses processes, CaseFiles caseFiles, SubjectRepository subjects,
            ReferralRepository referrals, RegionRepository regions, ObjectMapper json) {
        this.registration = registration;
        this.processes = processes;
        this.caseFiles = caseFiles;
        this.subjects = subjects;
        this.referrals = referrals;
        this.regions = regions;
        this.json = json;
    }

    /** @return the case number in the target region (new, or the active case the referral joined) */
    @Transactional
    String register(CaseTransfer transfer, Caller acceptedBy) {
        CaseFile origin = caseFiles.byId(transfer.getOriginCaseId());
        ReferralRequest referral = referralOf(transfer, origin);
        Caller referrer = new Caller(acceptedBy.userId(), List.of(origin.getReferringPartner(), Groups.PROCESS_DIRECTION),
                List.of(transfer.getTargetRegion()));
        RegistrationOutcome outcome = registration.register(referral, referrer, AccessLog.Channel.PROCESS);
        if (!outcome.linked()) {
            String processInstanceId = processes.startCase(outcome.caseNumber(), DecisionInputs.of(referral, outcome));
            caseFiles.attachProcess(outcome.caseId(), processInstanceId);
        }
        caseFiles.addContribution(outcome.caseId(), CONTRIBUTION_KIND, Groups.PROCESS_DIRECTION, acceptedBy.userId(), LEGAL_BASIS,
                "Overgedragen uit regio " + regionName(transfer.getOriginRegion()) + ", casus " + transfer.getOriginCaseNumber()
                        + " (overdracht " + transfer.getId() + ").");
        return outcome.caseNumber();
    }

    ReferralRequest referralOf(CaseTransfer transfer, CaseFile origin) {
        List<Referral> originReferrals = referrals.findByCaseIdOrderById(origin.getId());
        if (originReferrals.isEmpty()) {
            throw new IllegalStateException("Case " + origin.getCaseNumber() + " has no referral");
        }
        Referral opening = originReferrals.get(0);
        List<ReferralRequest.SubjectData> people = subjects.findByCaseIdOrderById(origin.getId()).stream()
                .map(TransferredCases::subjectData).toList();
        ReferralRequest.AreaData area = origin.getCaseType() == CaseType.AREA
                ? new ReferralRequest.AreaData(origin.getAreaName(), origin.getAreaMunicipality(), origin.getAreaTheme())
                : null;
        List<String> lifeDomains = opening.getLifeDomains() == null || opening.getLifeDomains().isBlank() ? List.of()
                : Arrays.stream(opening.getLifeDomains().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        String summary = "Overgedragen uit regio " + regionName(transfer.getOriginRegion()) + " (casus " + transfer.getOriginCaseNumber()
                + "). " + (opening.getSummary() == null ? "" : opening.getSummary());
        if (summary.length() > SUMMARY_MAX) {
            summary = summary.substring(0, SUMMARY_MAX);
        }
        boolean informed = opening.isSubjectInformed();
        return new ReferralRequest(transfer.getTargetRegion(), ROUTE, origin.getCaseType().name(), origin.getReferringPartner(), summary, people,
                area, lifeDomains, read(opening.getCriteriaJson(), ReferralRequest.Criteria.class),
                read(opening.getIndicatorsJson(), ReferralRequest.Indicators.class), informed,
                informed ? null : opening.getSubjectNotInformedReason(), null, informed ? opening.getSubjectInformedOn() : null);
    }

    private static ReferralRequest.SubjectData subjectData(Subject subject) {
        return new ReferralRequest.SubjectData(subject.getRole().name(), subject.getRelation(), subject.getGivenName(), subject.getFamilyName(),
                subject.getDateOfBirth(), subject.getBsn(), subject.getMunicipality());
    }

    private <T> T read(String value, Class<T> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the origin referral's " + type.getSimpleName(), e);
        }
    }

    private String regionName(String regionId) {
        return regions.findById(regionId).map(r -> r.getName()).orElse(regionId);
    }
}
