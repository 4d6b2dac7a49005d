package nl.veiligheidshuis.plan;

import static nl.veiligheidshuis.plan.ActionPlanProcess.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.casefile.CasePhase;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.Involvement;
import nl.veiligheidshuis.casefile.Involvements;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.casefile.Subject;
import nl.veiligheidshuis.casefile.SubjectRepository;
import nl.veiligheidshuis.casefile.SubjectRole;
import nl.veiligheidshuis.organisation.PartnerGroup;
import nl.veiligheidshuis.organisation.PartnerGroupRepository;
import nl.veiligheidshuis.plan.PlanSubmission.AgreementInput;
import nl.veiligheidshuis.plan.PlanVersioning.Outcome;
import nl.veiligheidshuis.plan.PlanVersioning.Planned;
import nl.veiligheidshuis.plan.PlanVersioning.Previous;
import nl.veiligheidshuis.plan.PlanVersioning.Submitted;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The integral plan of approach (§3.2, §3.3): versions with goals and agreements per partner, each partner's
 * confirmation with its own mandate (§5.5.2), and the family member at risk. A new version is confirmed only by the
 * partners whose agreements it changes (and those that rejected the previous one); a plan is fixed when every
 * partner with agreements has confirmed it. Knows nothing of the engine: the delegates call it.
 */
@Service
public class PlanService {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    static final DateTimeFormatter DUTCH_MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(NETHERLANDS);

    /** What the draft form starts from: the latest version, prefilled, with its rejections (all empty for a first plan). */
    public record PlanDraft(Integer baseVersion, int prefilledSlots, Map<String, Object> prefill, List<Map<String, String>> currentAgreements,
            List<Map<String, String>> rejections) {
    }

    /** A stored version: its number, the partners that must confirm it and what happens with a family member. */
    public record StoredVersion(int version, List<String> partnersToConfirm, String familyApproach) {
    }

    /** One agreement of a version, as the processes that follow the plan read it (monitoring, issue 5). */
    public record VersionAgreement(String key, String partner, String description, String forWhom, String lifeDomain,
            String interventionKind, LocalDate dueDate, String status) {
    }

    /** A partner's answer on {@code plan-confirm-agreements}. */
    public record DecisionInput(String decision, String rejectionReason, Boolean mandate) {
    }

    private final PlanRepository plans;
    private final PlanGoalRepository goals;
    private final AgreementRepository agreements;
    private final PlanConfirmationRepository confirmations;
    private final FamilyMemberRepository familyMembers;
    private final CaseFiles caseFiles;
    private final SubjectRepository subjects;
    private final Involvements involvements;
    private final PartnerGroupRepository partnerGroups;
    private final PreventiveReferrals preventiveReferrals;
    private final AccessLog accessLog;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanGoalRepository goals, AgreementRepository agreements, PlanConfirmationRepository confirmations,
            FamilyMemberRepository familyMembers, CaseFiles caseFiles, SubjectRepository subjects, Involvements involvements,
            PartnerGroupRepository partnerGroups, PreventiveReferrals preventiveReferrals, AccessLog accessLog, Clock clock) {
        this.plans = plans;
        this.goals = goals;
        this.agreements = agreements;
        this.confirmations = confirmations;
        this.familyMembers = familyMembers;
        this.caseFiles = caseFiles;
        this.subjects = subjects;
        this.involvements = involvements;
        this.partnerGroups = partnerGroups;
        this.preventiveReferrals = preventiveReferrals;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ draft and revision

    /**
     * The latest version of the case's plan as the draft form's prefill (goals, agreements in slots 1..n, dates as
     * {@code dd-mm-jjjj}) and display (its agreements with status, and the rejections with their reasons). A case
     * without a plan starts empty. The case is in its plan phase from here.
     */
    @Transactional
    public PlanDraft prepare(Long caseId) {
        CaseFile caseFile = caseFiles.byId(caseId);
        caseFiles.enterPhase(caseId, CasePhase.PLAN);
        Optional<Plan> latest = plans.findFirstByCaseIdOrderByVersionDesc(caseId);
        if (latest.isEmpty()) {
            return new PlanDraft(null, 0, Map.of(), null, null);
        }
        Plan plan = latest.get();
        Map<String, Object> prefill = new LinkedHashMap<>();
        prefill.put(PLAN_GOAL, plan.getGoals());
        List<PlanGoal> planGoals = goals.findByPlanIdOrderById(plan.getId());
        prefill.put(PLAN_GOAL_DOMAINS, planGoals.stream().map(PlanGoal::getLifeDomain).toList());
        planGoals.forEach(goal -> prefill.put(goalOf(goal.getLifeDomain()), goal.getGoal()));
        List<Agreement> current = agreements.findByPlanIdOrderBySlot(plan.getId());
        Map<String, String> names = partnerNames();
        List<Map<String, String>> rows = new ArrayList<>();
        int slot = 0;
        for (Agreement agreement : current) {
            slot++;
            prefill.put(agreementPartner(slot), agreement.getPartnerGroup());
            prefill.put(agreementDescription(slot), agreement.getDescription());
            prefill.put(agreementForWhom(slot), agreement.getForWhom());
            prefill.put(agreementLifeDomain(slot), agreement.getLifeDomain());
            prefill.put(agreementKind(slot), agreement.getInterventionKind().name());
            prefill.put(agreementDueDate(slot), PlanVocabulary.date(agreement.getDueDate()));
            Map<String, String> row = displayRow(agreement);
            row.put("partner", names.getOrDefault(agreement.getPartnerGroup(), agreement.getPartnerGroup()));
            row.put("status", PlanVocabulary.AGREEMENT_STATUSES.get(agreement.getStatus().name()));
            rows.add(row);
        }
        List<Map<String, String>> rejections = new ArrayList<>();
        for (PlanConfirmation confirmation : confirmations.findByPlanIdOrderById(plan.getId())) {
            if (confirmation.getDecision() == PlanConfirmation.Decision.REJECTED) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("partner", names.getOrDefault(confirmation.getPartnerGroup(), confirmation.getPartnerGroup()));
                row.put("reason", confirmation.getReason());
                row.put("decidedBy", confirmation.getDecidedBy());
                row.put("decidedAt", DUTCH_MOMENT.format(confirmation.getDecidedAt()));
                rejections.add(row);
            }
        }
        accessLog.record(null, null, caseFile.getCaseNumber(), null, AccessAction.READ, AccessLog.Channel.PROCESS,
                "plan van aanpak versie " + plan.getVersion() + " klaargezet voor de casusregisseur");
        return new PlanDraft(plan.getVersion(), current.size(), prefill, rows, rejections);
    }

    /**
     * Checks and stores a new version: the rules of {@link PlanRules}, every error at once; then the goals and
     * agreements (keys matched with the previous version), the carried-over confirmations, the involvement of
     * every partner with agreements (need to know) and the family member. A rejected previous version is
     * superseded now; a fixed one stays in force until this one is fixed.
     *
     * @param expectedBaseVersion the version the form was prefilled from (null for a first plan)
     * @param formErrors values the form sent that are no date or list
     */
    @Transactional
    public StoredVersion storeVersion(Long caseId, Integer expectedBaseVersion, PlanSubmission submission, List<FieldError> formErrors,
            String directorPartner, String userId) {
        CaseFile caseFile = caseFiles.byId(caseId);
        LocalDate today = LocalDate.now(clock.withZone(NETHERLANDS));
        List<FieldError> errors = new ArrayList<>(formErrors);
        PlanRules.check(submission, chainPartners(), today, errors);

        Optional<Plan> base = plans.findFirstByCaseIdOrderByVersionDesc(caseId);
        if (!Objects.equals(base.map(Plan::getVersion).orElse(null), expectedBaseVersion)) {
            throw new InvalidInputException(List.of(new FieldError(PLAN_VERSION, "Er is intussen een andere versie van het plan vastgelegd ("
                    + base.map(Plan::getVersion).orElse(null) + "); vraag procesregie de taak opnieuw klaar te zetten")));
        }
        List<Agreement> previous = base.map(p -> agreements.findByPlanIdOrderBySlot(p.getId())).orElse(List.of());
        Set<String> confirmedBefore = base.map(p -> confirmations.findByPlanIdOrderById(p.getId()).stream()
                .filter(c -> c.getDecision() == PlanConfirmation.Decision.CONFIRMED).map(PlanConfirmation::getPartnerGroup)
                .collect(Collectors.toSet())).orElse(Set.of());
        Set<String> invalidSlots = errors.stream().map(FieldError::field).filter(f -> f.startsWith("agreement"))
                .map(f -> f.replaceAll("\\D", "")).collect(Collectors.toSet());
        List<Submitted> submitted = submission.agreements().stream()
                .filter(a -> !invalidSlots.contains(String.valueOf(a.slot())) && a.dueDate() != null)
                .map(a -> new Submitted(a.slot(), content(a))).toList();
        Outcome outcome = PlanVersioning.plan(previous.stream().map(a -> new Previous(a.getAgreementKey(), a.content(), a.getStatus())).toList(),
                confirmedBefore, submitted, nextKeyNumber(caseId));
        PlanRules.checkDueDates(outcome.agreements(), submission.agreements(), today, errors);
        FamilyMemberInput member = submission.familyMember();
        if (member != null && errors.isEmpty()) {
            checkFamilyMemberInCase(caseFile, member, directorPartner, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        Instant now = clock.instant();
        base.filter(p -> p.getStatus() == PlanStatus.CONFIRMING).ifPresent(p -> p.supersede(now));
        Plan plan = plans.save(new Plan(caseId, base.map(p -> p.getVersion() + 1).orElse(1), submission.goal(), userId, now));
        submission.domainGoals().forEach(goal -> goals.save(new PlanGoal(plan.getId(), goal.lifeDomain(), goal.goal())));
        for (Planned agreement : outcome.agreements()) {
            agreements.save(new Agreement(plan.getId(), agreement.key(), agreement.slot(), agreement.content(), agreement.status()));
        }
        for (String partner : outcome.carriedPartners()) {
            confirmations.findByPlanIdAndPartnerGroup(base.get().getId(), partner)
                    .ifPresent(confirmed -> confirmations.save(confirmed.carryTo(plan.getId(), base.get().getVersion())));
        }
        outcome.agreements().stream().map(a -> a.content().partner()).distinct()
                .forEach(partner -> involvements.involve(caseId, partner, Involvement.Reason.AGREEMENT));
        String approach = member == null ? APPROACH_NONE : takeFamilyMember(caseFile, plan, member, userId, now);
        accessLog.record(userId, null, caseFile.getCaseNumber(), null, AccessAction.CREATE, AccessLog.Channel.TASKLIST,
                "plan van aanpak versie " + plan.getVersion() + " opgesteld");
        return new StoredVersion(plan.getVersion(), outcome.partnersToConfirm(), approach);
    }

    // ------------------------------------------------------------------ confirmation per partner (§5.5.2)

    /** The partner's agreements of a version, for its confirmation form (Dutch labels). */
    @Transactional
    public List<Map<String, String>> agreementsOf(Long caseId, int version, String partner) {
        Plan plan = plan(caseId, version);
        List<Map<String, String>> rows = agreements.findByPlanIdOrderBySlot(plan.getId()).stream()
                .filter(a -> a.getPartnerGroup().equals(partner)).map(PlanService::displayRow).toList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("Partner " + partner + " has no agreements in version " + version + " of case " + caseId);
        }
        accessLog.record(null, null, caseFiles.byId(caseId).getCaseNumber(), null, AccessAction.READ, AccessLog.Channel.PROCESS,
                "afspraken van versie " + version + " klaargezet voor bevestiging door " + partner);
        return rows;
    }

    /**
     * Records a partner's decision on its agreements of a version: confirmed or rejected with a reason, always with
     * the professional's statement of mandate. A professional of another organisation may not decide for it.
     *
     * @param caller the authenticated professional, or null when the engine acts without one (tests, jobs)
     */
    @Transactional
    public void decide(Long caseId, int version, String partner, DecisionInput input, String userId, Caller caller) {
        if (caller != null && !caller.isMemberOf(partner) && !caller.isAdministrator()) {
            throw new NotPermittedException("Alleen " + partnerNames().getOrDefault(partner, partner) + " kan over deze afspraken besluiten");
        }
        List<FieldError> errors = new ArrayList<>();
        PlanConfirmation.Decision decision = null;
        if (DECISION_CONFIRMED.equals(input.decision()) || DECISION_REJECTED.equals(input.decision())) {
            decision = PlanConfirmation.Decision.valueOf(input.decision());
        } else {
            errors.add(new FieldError(AGREEMENTS_DECISION, "Kies of u de afspraken bevestigt of afwijst"));
        }
        String reason = input.rejectionReason() == null || input.rejectionReason().isBlank() ? null : input.rejectionReason().trim();
        if (decision == PlanConfirmation.Decision.REJECTED && reason == null) {
            errors.add(new FieldError(AGREEMENTS_REJECTION_REASON, "Geef de reden waarom u de afspraken afwijst"));
        }
        if (reason != null && reason.length() > PlanRules.TEXT_MAX) {
            errors.add(new FieldError(AGREEMENTS_REJECTION_REASON, "De reden is maximaal " + PlanRules.TEXT_MAX + " tekens"));
        }
        if (!Boolean.TRUE.equals(input.mandate())) {
            errors.add(new FieldError(AGREEMENTS_MANDATE, "Besluit alleen met het mandaat van uw organisatie, en bevestig dat u dat hebt"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Plan plan = plan(caseId, version);
        if (plan.getStatus() != PlanStatus.CONFIRMING) {
            throw new IllegalStateException("Version " + version + " of case " + caseId + " is " + plan.getStatus() + ", not being confirmed");
        }
        if (confirmations.findByPlanIdAndPartnerGroup(plan.getId(), partner).isPresent()) {
            throw new IllegalStateException(partner + " has already decided on version " + version + " of case " + caseId);
        }
        confirmations.save(new PlanConfirmation(plan.getId(), partner, decision, decision == PlanConfirmation.Decision.REJECTED ? reason : null,
                true, userId, clock.instant(), null));
        accessLog.record(userId, caller == null ? null : caller.groups(), caseFiles.byId(caseId).getCaseNumber(), null, AccessAction.UPDATE,
                AccessLog.Channel.TASKLIST, "afspraken van versie " + version + (decision == PlanConfirmation.Decision.CONFIRMED
                        ? " bevestigd" : " afgewezen") + " door " + partner);
    }

    /** True when every partner with agreements in the version confirmed it (or kept its confirmation); false when one rejected. */
    @Transactional(readOnly = true)
    public boolean allConfirmed(Long caseId, int version) {
        Plan plan = plan(caseId, version);
        Map<String, PlanConfirmation.Decision> decisions = confirmations.findByPlanIdOrderById(plan.getId()).stream()
                .collect(Collectors.toMap(PlanConfirmation::getPartnerGroup, PlanConfirmation::getDecision));
        boolean all = true;
        for (String partner : PlanVersioning.partnersOf(agreements.findByPlanIdOrderBySlot(plan.getId()))) {
            PlanConfirmation.Decision decision = decisions.get(partner);
            if (decision == null) {
                throw new IllegalStateException(partner + " has not decided on version " + version + " of case " + caseId);
            }
            all &= decision == PlanConfirmation.Decision.CONFIRMED;
        }
        return all;
    }

    /**
     * Fixes a confirmed version: it is the plan in force, an earlier fixed one is superseded, and partners that no
     * longer hold an agreement stop being involved for that reason (need to know).
     */
    @Transactional
    public void fix(Long caseId, int version) {
        Plan plan = plan(caseId, version);
        Instant now = clock.instant();
        plan.fix(now);
        List<Plan> earlier = plans.findByCaseIdOrderByVersion(caseId).stream().filter(p -> p.getVersion() < version).toList();
        earlier.stream().filter(p -> p.getStatus() == PlanStatus.FIXED).forEach(p -> p.supersede(now));
        List<String> partners = PlanVersioning.partnersOf(agreements.findByPlanIdOrderBySlot(plan.getId()));
        if (!earlier.isEmpty()) {
            agreements.findByPlanIdInOrderBySlot(earlier.stream().map(Plan::getId).toList()).stream().map(Agreement::getPartnerGroup)
                    .distinct().filter(partner -> !partners.contains(partner))
                    .forEach(partner -> involvements.end(caseId, partner, Involvement.Reason.AGREEMENT,
                            "geen afspraken meer in plan van aanpak versie " + version));
        }
        accessLog.record(null, null, caseFiles.byId(caseId).getCaseNumber(), null, AccessAction.UPDATE, AccessLog.Channel.PROCESS,
                "plan van aanpak versie " + version + " vastgesteld");
    }

    // ------------------------------------------------------------------ reading for other processes

    /** The status of a version of the case's plan, empty when the case has no such version. */
    @Transactional(readOnly = true)
    public Optional<PlanStatus> statusOf(Long caseId, int version) {
        return plans.findByCaseIdAndVersion(caseId, version).map(Plan::getStatus);
    }

    /**
     * A version's agreements in the plan's order, for a process that follows them (monitoring, issue 5): no need-to-know
     * check and no access log here, as for any delegate; the caller shows them only to who may see the case.
     */
    @Transactional(readOnly = true)
    public List<VersionAgreement> agreementsOfVersion(Long caseId, int version) {
        return plans.findByCaseIdAndVersion(caseId, version).map(plan -> agreements.findByPlanIdOrderBySlot(plan.getId()).stream()
                .map(a -> new VersionAgreement(a.getAgreementKey(), a.getPartnerGroup(), a.getDescription(), a.getForWhom(), a.getLifeDomain(),
                        a.getInterventionKind().name(), a.getDueDate(), a.getStatus().name()))
                .toList()).orElse(List.of());
    }

    /**
     * A partner reported on an agreement of a fixed version (plan monitoring): the agreement's status follows the
     * report, so the plan itself shows what was kept (DONE) and what was not (NOT_HONOURED). A revision carries that
     * status with an unchanged agreement. An agreement the version does not hold, or a version that is not fixed, is a
     * technical fault: monitoring follows fixed versions only.
     */
    @Transactional
    public void recordAgreementOutcome(Long caseId, int version, String agreementKey, AgreementStatus status) {
        Plan plan = plan(caseId, version);
        if (plan.getStatus() != PlanStatus.FIXED && plan.getStatus() != PlanStatus.SUPERSEDED) {
            throw new IllegalStateException("Version " + version + " of the plan of case " + caseId + " is " + plan.getStatus()
                    + ": only a fixed plan's agreements are reported on");
        }
        Agreement agreement = agreements.findByPlanIdOrderBySlot(plan.getId()).stream().filter(a -> a.getAgreementKey().equals(agreementKey))
                .findFirst().orElseThrow(() -> new IllegalStateException("Version " + version + " of the plan of case " + caseId
                        + " has no agreement " + agreementKey));
        agreement.record(status);
    }

    // ------------------------------------------------------------------ family member at risk (§3.3, §4.3)

    /** An own case for someone who is already in this case would be joined to this very case by the intake. */
    private void checkFamilyMemberInCase(CaseFile caseFile, FamilyMemberInput member, String directorPartner, List<FieldError> errors) {
        if (!member.ownCase()) {
            return;
        }
        if (sameSubject(caseFile.getId(), member).isPresent()) {
            errors.add(new FieldError(RISK_MEMBER_APPROACH, "Gezinslid: " + member.givenName() + " hoort al bij deze casus; een eigen casus "
                    + "zou bij deze casus worden gevoegd (één gezin, één plan). Kies 'In dit gezinsplan opnemen'"));
            return;
        }
        preventiveReferrals.check(caseFile, member, directorPartner, LocalDate.now(clock.withZone(NETHERLANDS)))
                .forEach(message -> errors.add(new FieldError(RISK_MEMBER_REASON, "Gezinslid: " + message)));
    }

    private String takeFamilyMember(CaseFile caseFile, Plan plan, FamilyMemberInput member, String userId, Instant now) {
        if (member.ownCase()) {
            familyMembers.save(FamilyMember.pendingReferral(plan.getId(), member, preventiveReferrals.criteriaJson(member), now));
            return APPROACH_OWN_CASE;
        }
        Subject subject = sameSubject(caseFile.getId(), member).orElse(null);
        if (subject == null) {
            subject = subjects.save(new Subject(caseFile.getId(), SubjectRole.FAMILY_MEMBER, member.relation(), member.givenName(),
                    member.familyName(), member.dateOfBirth(), null, null));
            accessLog.record(userId, null, caseFile.getCaseNumber(), subject.getId(), AccessAction.CREATE, AccessLog.Channel.TASKLIST,
                    "gezinslid met risico opgenomen in het plan van aanpak");
        }
        familyMembers.save(FamilyMember.addedToPlan(plan.getId(), subject.getId(), now));
        return APPROACH_IN_PLAN;
    }

    private Optional<Subject> sameSubject(Long caseId, FamilyMemberInput member) {
        return subjects.findByCaseIdOrderById(caseId).stream()
                .filter(s -> s.getGivenName().equalsIgnoreCase(member.givenName()) && s.getFamilyName().equalsIgnoreCase(member.familyName())
                        && Objects.equals(s.getDateOfBirth(), member.dateOfBirth()))
                .findFirst();
    }

    // ------------------------------------------------------------------ helpers

    private Plan plan(Long caseId, int version) {
        return plans.findByCaseIdAndVersion(caseId, version)
                .orElseThrow(() -> new IllegalStateException("No version " + version + " of the plan of case " + caseId));
    }

    /** Partners that may hold agreements: the key partners and the flexible shell of design.md. */
    Set<String> chainPartners() {
        return partnerGroups.findAll().stream().filter(PartnerGroup::isChainPartner).map(PartnerGroup::getId).collect(Collectors.toSet());
    }

    Map<String, String> partnerNames() {
        return partnerGroups.findAll().stream().collect(Collectors.toMap(PartnerGroup::getId, PartnerGroup::getName));
    }

    private int nextKeyNumber(Long caseId) {
        List<Long> planIds = plans.findByCaseIdOrderByVersion(caseId).stream().map(Plan::getId).toList();
        if (planIds.isEmpty()) {
            return 1;
        }
        return agreements.findByPlanIdInOrderBySlot(planIds).stream().mapToInt(a -> PlanVersioning.keyNumber(a.getAgreementKey())).max()
                .orElse(0) + 1;
    }

    private static AgreementContent content(AgreementInput input) {
        return new AgreementContent(input.partner(), input.description(), input.forWhom(), input.lifeDomain(),
                InterventionKind.valueOf(input.kind()), input.dueDate());
    }

    /** One agreement as a row of the forms' tables. */
    private static Map<String, String> displayRow(Agreement agreement) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("key", agreement.getAgreementKey());
        row.put("description", agreement.getDescription());
        row.put("forWhom", agreement.getForWhom());
        row.put("lifeDomain", PlanVocabulary.lifeDomain(agreement.getLifeDomain()));
        row.put("kind", agreement.getInterventionKind().label());
        row.put("dueDate", PlanVocabulary.date(agreement.getDueDate()));
        return row;
    }
}
