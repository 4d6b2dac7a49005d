package nl.veiligheidshuis.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseAccess;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseNotFoundException;
import nl.veiligheidshuis.organisation.PartnerGroup;
import nl.veiligheidshuis.organisation.PartnerGroupRepository;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a case's plan, with need to know and the access log: a caller who may not see the case gets 404, as for
 * the case itself; every read is logged. Without a version the latest is returned (its status says whether it is
 * in force); older versions stay readable.
 */
@Service
public class PlanReader {

    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final PlanRepository plans;
    private final PlanGoalRepository goals;
    private final AgreementRepository agreements;
    private final PlanConfirmationRepository confirmations;
    private final LinkedCaseRepository links;
    private final PartnerGroupRepository partnerGroups;
    private final AccessLog accessLog;

    PlanReader(CaseFileRepository cases, CaseAccess access, PlanRepository plans, PlanGoalRepository goals, AgreementRepository agreements,
            PlanConfirmationRepository confirmations, LinkedCaseRepository links, PartnerGroupRepository partnerGroups, AccessLog accessLog) {
        this.cases = cases;
        this.access = access;
        this.plans = plans;
        this.goals = goals;
        this.agreements = agreements;
        this.confirmations = confirmations;
        this.links = links;
        this.partnerGroups = partnerGroups;
        this.accessLog = accessLog;
    }

    @Transactional
    public PlanView read(String caseNumber, Integer version, Caller caller, AccessLog.Channel channel) {
        CaseFile caseFile = cases.findByCaseNumber(caseNumber).filter(c -> access.maySee(caller, c))
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
        List<Plan> versions = plans.findByCaseIdOrderByVersion(caseFile.getId());
        if (versions.isEmpty()) {
            throw new PlanNotFoundException("Casus " + caseNumber + " heeft nog geen plan van aanpak");
        }
        Plan plan = version == null ? versions.get(versions.size() - 1)
                : versions.stream().filter(p -> p.getVersion() == version).findFirst()
                        .orElseThrow(() -> new PlanNotFoundException("Casus " + caseNumber + " heeft geen versie " + version + " van het plan van aanpak"));
        accessLog.record(caller.userId(), caller.groups(), caseNumber, null, AccessAction.READ, channel,
                "plan van aanpak inzien (versie " + plan.getVersion() + ")");
        Map<String, String> names = partnerGroups.findAll().stream().collect(Collectors.toMap(PartnerGroup::getId, PartnerGroup::getName));
        List<PlanView.Goal> planGoals = goals.findByPlanIdOrderById(plan.getId()).stream()
                .map(g -> new PlanView.Goal(g.getLifeDomain(), g.getGoal())).toList();
        List<PlanView.AgreementView> planAgreements = agreements.findByPlanIdOrderBySlot(plan.getId()).stream()
                .map(a -> new PlanView.AgreementView(a.getAgreementKey(), a.getPartnerGroup(), names.get(a.getPartnerGroup()), a.getDescription(),
                        a.getForWhom(), a.getLifeDomain(), a.getInterventionKind().name(), a.getDueDate(), a.getStatus().name()))
                .toList();
        List<PlanView.ConfirmationView> planConfirmations = confirmations.findByPlanIdOrderById(plan.getId()).stream()
                .map(c -> new PlanView.ConfirmationView(c.getPartnerGroup(), c.getDecision().name(), c.getReason(), c.getDecidedBy(),
                        c.getDecidedAt(), c.getCarriedFromVersion()))
                .toList();
        List<PlanView.VersionSummary> summaries = versions.stream()
                .map(p -> new PlanView.VersionSummary(p.getVersion(), p.getStatus().name(), p.getCreatedAt(), p.getFixedAt())).toList();
        return new PlanView(caseNumber, plan.getVersion(), plan.getStatus().name(), plan.getGoals(), planGoals, planAgreements,
                planConfirmations, plan.getCreatedBy(), plan.getCreatedAt(), plan.getFixedAt(), summaries, linkedCases(caseFile, caller));
    }

    /** Linked cases the caller may see too; the others are not revealed. */
    private List<String> linkedCases(CaseFile caseFile, Caller caller) {
        return links.findByCaseIdOrLinkedCaseIdOrderById(caseFile.getId(), caseFile.getId()).stream()
                .map(link -> Objects.equals(link.getCaseId(), caseFile.getId()) ? link.getLinkedCaseId() : link.getCaseId())
                .distinct()
                .map(cases::findById).flatMap(Optional::stream)
                .filter(linked -> access.maySee(caller, linked))
                .map(CaseFile::getCaseNumber).toList();
    }
}
