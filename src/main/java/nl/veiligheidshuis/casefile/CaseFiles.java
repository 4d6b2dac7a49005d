package nl.veiligheidshuis.casefile;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and closing cases, with need to know and the access log on every path. */
@Service
public class CaseFiles {

    /** A case closed (any closed status): what still runs for it elsewhere (its escalations) ends in the same transaction. */
    public record CaseClosed(Long caseId, String caseNumber, CaseStatus status) {
    }

    private final CaseFileRepository cases;
    private final SubjectRepository subjects;
    private final ReferralRepository referrals;
    private final InvolvementRepository involvements;
    private final ContributionRepository contributions;
    private final CaseAccess access;
    private final Involvements involvementService;
    private final ApplicationEventPublisher events;
    private final AccessLog accessLog;
    private final Clock clock;

    CaseFiles(CaseFileRepository cases, SubjectRepository subjects, ReferralRepository referrals, InvolvementRepository involvements,
            ContributionRepository contributions, CaseAccess access, Involvements involvementService, ApplicationEventPublisher events,
            AccessLog accessLog, Clock clock) {
        this.involvementService = involvementService;
        this.events = events;
        this.cases = cases;
        this.subjects = subjects;
        this.referrals = referrals;
        this.involvements = involvements;
        this.contributions = contributions;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The case as this caller may see it; 404 (not 403) when not, so that its existence is not revealed. */
    @Transactional
    public CaseView read(String caseNumber, Caller caller, AccessLog.Channel channel) {
        CaseFile caseFile = visibleCase(caseNumber, caller);
        accessLog.record(caller.userId(), caller.groups(), caseNumber, null, AccessAction.READ, channel, "casus inzien");
        return view(caseFile);
    }

    /** Withdrawal by the referring partner or process direction of an active case. */
    @Transactional(readOnly = true)
    public CaseFile checkMayWithdraw(String caseNumber, Caller caller) {
        CaseFile caseFile = visibleCase(caseNumber, caller);
        if (!caller.isMemberOf(caseFile.getReferringPartner()) && !caller.isMemberOf(nl.veiligheidshuis.organisation.Groups.PROCESS_DIRECTION)) {
            throw new NotPermittedException("Alleen de aanmelder of procesregie kan de casus intrekken");
        }
        if (!caseFile.isActive()) {
            throw new NotPermittedException("De casus is al afgesloten en kan niet meer worden ingetrokken");
        }
        return caseFile;
    }

    /** Closes a case; involvement ends, so partners lose sight of it (need to know). */
    @Transactional
    public void close(Long caseId, CaseStatus status, String reason, String byUser) {
        CaseFile caseFile = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("No case " + caseId));
        if (!caseFile.isActive()) {
            return;
        }
        caseFile.close(status, reason, clock.instant());
        involvementService.endAll(caseId, "casus afgesloten (" + status.name() + ")");
        events.publishEvent(new CaseClosed(caseId, caseFile.getCaseNumber(), status));
        accessLog.record(byUser, null, caseFile.getCaseNumber(), null, AccessAction.UPDATE, AccessLog.Channel.PROCESS,
                "casus afgesloten: " + reason);
    }

    /** Reopens a closed case (after aftercare); the given partner (the case director's) is involved again. */
    @Transactional
    public void reopen(Long caseId, String reason, String byUser, String involvedPartner) {
        CaseFile caseFile = byId(caseId);
        if (caseFile.isActive()) {
            return;
        }
        caseFile.reopen();
        if (involvedPartner != null) {
            involvementService.involve(caseId, involvedPartner, Involvement.Reason.SELECTED);
        }
        accessLog.record(byUser, null, caseFile.getCaseNumber(), null, AccessAction.UPDATE, AccessLog.Channel.PROCESS,
                "casus heropend: " + reason);
    }

    /** The phase of the lifecycle the case is in, for inboxes, forms and dashboards. */
    @Transactional
    public void enterPhase(Long caseId, CasePhase phase) {
        byId(caseId).enterPhase(phase);
    }

    @Transactional
    public void addContribution(Long caseId, String kind, String sourcePartner, String author, String legalBasis, String content) {
        CaseFile caseFile = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("No case " + caseId));
        contributions.save(new Contribution(caseId, kind, sourcePartner, author, legalBasis, content, clock.instant()));
        accessLog.record(author, null, caseFile.getCaseNumber(), null, AccessAction.UPDATE, AccessLog.Channel.TASKLIST, kind);
    }

    public CaseFile byId(Long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new IllegalStateException("No case " + caseId));
    }

    public CaseFile findById(Long caseId) {
        return cases.findById(caseId).orElse(null);
    }

    @Transactional
    public void attachProcess(Long caseId, String processInstanceId) {
        byId(caseId).attachProcess(processInstanceId);
        // the engine's grants follow involvement from the moment the case has its process
        involvementService.activePartners(caseId)
                .forEach(partner -> events.publishEvent(new Involvements.InvolvementChanged(caseId, partner, true)));
    }

    private CaseFile visibleCase(String caseNumber, Caller caller) {
        CaseFile caseFile = cases.findByCaseNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        if (!access.maySee(caller, caseFile)) {
            throw new CaseNotFoundException(caseNumber);
        }
        return caseFile;
    }

    private CaseView view(CaseFile c) {
        List<CaseView.Person> people = subjects.findByCaseIdOrderById(c.getId()).stream()
                .map(s -> new CaseView.Person(s.getId(), s.getRole().name(), s.getRelation(), s.getGivenName(), s.getFamilyName(),
                        s.getDateOfBirth(), s.getMunicipality()))
                .toList();
        List<CaseView.ReferralSummary> referralSummaries = referrals.findByCaseIdOrderById(c.getId()).stream()
                .map(r -> new CaseView.ReferralSummary(r.getRoute(), r.getReferringPartner(), r.getReceivedAt(), r.getSummary(),
                        r.getLifeDomains().isEmpty() ? List.of() : Arrays.asList(r.getLifeDomains().split(",")), r.isSubjectInformed(),
                        r.getSubjectInformedOn(), r.getSubjectNotInformedReason(), r.getSubjectInformedReviewDate(), r.isLinked()))
                .toList();
        List<String> involved = involvements.findByCaseIdAndEndedAtIsNull(c.getId()).stream().map(Involvement::getPartnerGroup).distinct()
                .toList();
        CaseView.Area area = c.getAreaName() == null ? null : new CaseView.Area(c.getAreaName(), c.getAreaMunicipality(), c.getAreaTheme());
        return new CaseView(c.getCaseNumber(), c.getRegionId(), c.getCaseType().name(), c.getRoute(), c.getStatus().name(), c.getPhase().name(),
                c.getReferringPartner(), c.getPriority(), c.getComplexityOutcome(), c.getReferralAdvice(), c.getComplexityRationale(),
                c.getScreeningDecision(), c.getChosenReferralAdvice(), c.getCloseReason(), c.getCreatedAt(), c.getClosedAt(), area, people,
                referralSummaries, involved);
    }
}
