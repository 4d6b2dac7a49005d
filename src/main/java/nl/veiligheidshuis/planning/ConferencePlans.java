package nl.veiligheidshuis.planning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseStatus;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.conference.ConferenceStatus;
import nl.veiligheidshuis.organisation.Groups;
import nl.veiligheidshuis.organisation.PartnerGroup;
import nl.veiligheidshuis.organisation.PartnerGroupRepository;
import nl.veiligheidshuis.planning.ConferencePlanner.Slot;
import nl.veiligheidshuis.planning.ConferencePlanner.WaitingCase;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The week's conference planning of a region in the application's tables ({@code vh_conference_plan},
 * {@code vh_conference_slot}, {@code vh_conference_slot_case}): opens it once per region and week, proposes the slots
 * with {@link ConferencePlanner} (again on request, replacing the previous proposal), records process direction's
 * confirmation, and shows it to process direction of the region. Every read of the waiting cases is logged.
 */
@Service
public class ConferencePlans {

    /** What the proposal gives the process: ids, counts and a summary of case numbers and partner names only. */
    public record Proposal(long planId, int slotCount, int caseCount, String summary) {
    }

    /** One slot as the API shows it. */
    public record SlotView(int number, PlanStatus status, List<String> partnerGroups, List<String> partnerNames, List<String> caseNumbers) {
    }

    /** The week's planning as the API shows it. */
    public record PlanView(String region, String week, PlanStatus status, Instant proposedAt, Instant confirmedAt, String confirmedBy,
            int slotCount, int caseCount, List<SlotView> slots) {
    }

    /** A summary longer than this is cut off (a String process variable holds at most 4000 characters). */
    static final int SUMMARY_MAX = 3800;
    static final Set<CaseStatus> ACTIVE = EnumSet.copyOf(
            java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::isActive).toList());
    static final Set<ConferenceStatus> WAITING = EnumSet.of(ConferenceStatus.PARTICIPANTS_CHOSEN, ConferenceStatus.SCHEDULED);

    private final ConferencePlanRepository plans;
    private final ConferenceSlotRepository slots;
    private final ConferenceSlotCaseRepository slotCases;
    private final PartnerGroupRepository partnerGroups;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ConferencePlanner planner;

    ConferencePlans(ConferencePlanRepository plans, ConferenceSlotRepository slots, ConferenceSlotCaseRepository slotCases,
            PartnerGroupRepository partnerGroups, AccessLog accessLog, Clock clock,
            @Value("${vh.conference-planning.max-cases-per-slot:" + ConferencePlanner.DEFAULT_MAX_CASES_PER_SLOT + "}") int maxCasesPerSlot) {
        this.plans = plans;
        this.slots = slots;
        this.slotCases = slotCases;
        this.partnerGroups = partnerGroups;
        this.accessLog = accessLog;
        this.clock = clock;
        this.planner = new ConferencePlanner(maxCasesPerSlot);
    }

    public boolean exists(String region, PlanningWeek week) {
        return plans.findByRegionIdAndWeek(region, week.toString()).isPresent();
    }

    /**
     * Opens the planning of the week; the unique key (region, week) refuses a second one, also from a concurrent start
     * (a {@link org.springframework.dao.DataIntegrityViolationException} at the flush).
     */
    @Transactional
    public long open(String region, PlanningWeek week) {
        return plans.saveAndFlush(new ConferencePlan(region, week, clock.instant())).getId();
    }

    /**
     * Proposes the week's slots from the cases now waiting for a conference, replacing an earlier proposal (process
     * direction asked for a new one). Opens the planning if the process was started without it.
     */
    @Transactional
    public Proposal propose(String region, PlanningWeek week, String processInstanceId) {
        ConferencePlan plan = plans.findByRegionIdAndWeek(region, week.toString())
                .orElseGet(() -> plans.saveAndFlush(new ConferencePlan(region, week, clock.instant())));
        if (plan.getStatus() == PlanStatus.CONFIRMED) {
            throw new IllegalStateException("Planning " + region + " " + week + " is already confirmed");
        }
        plan.attachProcess(processInstanceId);
        slotCases.deleteByPlan(plan.getId());
        slots.deleteByPlan(plan.getId());

        Map<String, Long> caseIds = new LinkedHashMap<>();
        List<WaitingCase> waiting = waitingCases(region, week, caseIds);
        List<Slot> proposed = planner.plan(waiting);
        for (Slot slot : proposed) {
            ConferenceSlot row = slots.save(new ConferenceSlot(plan, slot.number(), slot.partners()));
            int rank = 1;
            for (WaitingCase waitingCase : slot.cases()) {
                slotCases.save(new ConferenceSlotCase(row.getId(), caseIds.get(waitingCase.caseNumber()), waitingCase.caseNumber(), rank++,
                        waitingCase.priority()));
            }
        }
        plan.proposed(clock.instant());
        plans.save(plan);
        for (WaitingCase waitingCase : waiting) {
            accessLog.record(null, null, waitingCase.caseNumber(), null, AccessAction.READ, AccessLog.Channel.PROCESS,
                    "weekplanning casusoverleg " + week + " voorgesteld");
        }
        return new Proposal(plan.getId(), proposed.size(), waiting.size(), summary(week, proposed));
    }

    /** Process direction confirmed the proposal: the planning and each slot become CONFIRMED. */
    @Transactional
    public void confirm(String region, PlanningWeek week, String by) {
        ConferencePlan plan = plans.findByRegionIdAndWeek(region, week.toString())
                .orElseThrow(() -> new IllegalStateException("No planning " + region + " " + week));
        for (ConferenceSlot slot : slots.findByPlanIdOrderBySlotNumber(plan.getId())) {
            slot.confirm();
        }
        plan.confirm(by, clock.instant());
    }

    /**
     * The week's planning for process direction of the region (403 for anyone else, 404 when there is none yet); logs
     * a read of every case it shows.
     */
    @Transactional
    public PlanView read(String region, PlanningWeek week, Caller caller) {
        if (!caller.isMemberOf(Groups.PROCESS_DIRECTION) || !caller.belongsTo(region)) {
            throw new NotPermittedException("Alleen de procesregie van regio '" + region + "' ziet de weekplanning");
        }
        ConferencePlan plan = plans.findByRegionIdAndWeek(region, week.toString())
                .orElseThrow(() -> new PlanningNotFoundException(region, week));
        Map<String, String> names = partnerNames();
        List<ConferenceSlot> rows = slots.findByPlanIdOrderBySlotNumber(plan.getId());
        Map<Long, List<String>> casesPerSlot = rows.isEmpty() ? Map.of()
                : slotCases.findBySlotIdInOrderBySlotIdAscRankInSlotAsc(rows.stream().map(ConferenceSlot::getId).toList()).stream()
                        .collect(Collectors.groupingBy(ConferenceSlotCase::getSlotId, LinkedHashMap::new,
                                Collectors.mapping(ConferenceSlotCase::getCaseNumber, Collectors.toList())));
        List<SlotView> views = new ArrayList<>();
        int caseCount = 0;
        for (ConferenceSlot row : rows) {
            List<String> caseNumbers = casesPerSlot.getOrDefault(row.getId(), List.of());
            caseCount += caseNumbers.size();
            views.add(new SlotView(row.getSlotNumber(), row.getStatus(), row.getPartnerGroups(),
                    row.getPartnerGroups().stream().map(id -> names.getOrDefault(id, id)).toList(), caseNumbers));
            for (String caseNumber : caseNumbers) {
                accessLog.record(caller.userId(), caller.groups(), caseNumber, null, AccessAction.READ, AccessLog.Channel.API,
                        "weekplanning casusoverleg " + week + " bekeken");
            }
        }
        return new PlanView(region, plan.getWeek(), plan.getStatus(), plan.getProposedAt(), plan.getConfirmedAt(), plan.getConfirmedBy(),
                views.size(), caseCount, views);
    }

    /** The cases of the region waiting for a conference in that week, with the partners each needs. */
    List<WaitingCase> waitingCases(String region, PlanningWeek week, Map<String, Long> caseIds) {
        Map<String, Set<String>> partners = new LinkedHashMap<>();
        Map<String, WaitingCaseRow> first = new LinkedHashMap<>();
        for (WaitingCaseRow row : plans.findWaitingCases(region, ACTIVE, WAITING, week.end())) {
            partners.computeIfAbsent(row.caseNumber(), key -> new TreeSet<>()).add(row.partnerGroup());
            first.putIfAbsent(row.caseNumber(), row);
            caseIds.put(row.caseNumber(), row.caseId());
        }
        return first.values().stream()
                .map(row -> new WaitingCase(row.caseNumber(), partners.get(row.caseNumber()), row.priority(), dueOf(row)))
                .toList();
    }

    /** A scheduled conference is due when it is held; one still to be scheduled has waited since its partners were chosen. */
    static Instant dueOf(WaitingCaseRow row) {
        return row.scheduledAt() != null ? row.scheduledAt() : row.participantsChosenAt();
    }

    private Map<String, String> partnerNames() {
        return partnerGroups.findAll().stream().collect(Collectors.toMap(PartnerGroup::getId, PartnerGroup::getName, (a, b) -> a));
    }

    /** For the task form: case numbers and partner names only. */
    String summary(PlanningWeek week, List<Slot> proposed) {
        return PlanningSummary.of(week, proposed, partnerNames(), planner.maxCasesPerSlot(), SUMMARY_MAX);
    }
}
