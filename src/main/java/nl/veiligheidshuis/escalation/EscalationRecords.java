package nl.veiligheidshuis.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseAccess;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.organisation.Groups;
import nl.veiligheidshuis.organisation.RegionRepository;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation record as governance reads it (dashboards, trend reports). Regional callers (tactical meeting,
 * steering group, VH manager) see their own regions only; the national meeting sees the escalations that reached
 * it, without case number, partner, names or texts. The texts are shown only in the full record, to the region's
 * VH manager and process direction, to the governance groups the escalation reached and to partners that may see
 * the case. Need to know ends with the case: once a case has closed, the texts of its escalations stay with the
 * region's core staff, the governance groups the escalation reached read it without texts or names, and partners
 * no longer read it. Every read of a case's escalation is logged.
 */
@Service
public class EscalationRecords {

    static final Set<String> REGIONAL_VIEWERS = Set.of(Groups.TACTICAL_MEETING, Groups.STEERING_GROUP, Groups.VH_MANAGER);
    static final Set<String> REGIONAL_CORE_STAFF = Set.of(Groups.VH_MANAGER, Groups.PROCESS_DIRECTION);
    static final int MAX_RESULTS = 1000;

    /** One level of an escalation; the texts and names only in the full record. */
    public record LevelView(int seq, String level, String fromLevel, String group, Instant openedAt, Instant dueAt, String outcome,
            Instant decidedAt, String timing, String response, Instant respondedAt, String decisionText, String measures,
            String decisionReason, String decidedBy, String responseText, String respondedBy) {
    }

    /** An escalation; fields that a view leaves out are null (and omitted from the JSON). */
    public record EscalationView(Long id, String reference, String region, String kind, String caseNumber, String agreementRef,
            String reason, String status, String closeReason, String level, String highestLevel, String escalatingPartner,
            Instant escalatedAt, Instant closedAt, Instant dueAt, String escalatedBy, String whatHappened, String whatWasTried, String description,
            List<LevelView> levels) {
    }

    enum View {
        /** Everything, texts and names included. */
        FULL,
        /** The region's overview: no texts, no names. */
        REGIONAL,
        /** The national meeting: no case number, partner, names or texts. */
        NATIONAL
    }

    private final EscalationRepository escalations;
    private final EscalationLevelRepository levels;
    private final CaseFileRepository cases;
    private final CaseAccess caseAccess;
    private final RegionRepository regions;
    private final AccessLog accessLog;

    EscalationRecords(EscalationRepository escalations, EscalationLevelRepository levels, CaseFileRepository cases, CaseAccess caseAccess,
            RegionRepository regions, AccessLog accessLog) {
        this.escalations = escalations;
        this.levels = levels;
        this.cases = cases;
        this.caseAccess = caseAccess;
        this.regions = regions;
        this.accessLog = accessLog;
    }

    /** {@code GET /api/escalations?region=&level=&status=}: level is where the escalation is now. */
    @Transactional
    public List<EscalationView> list(String region, String level, String status, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        String regionFilter = blankToNull(region);
        if (regionFilter != null && !regions.existsById(regionFilter)) {
            errors.add(new FieldError("region", "Onbekende regio '" + regionFilter + "'"));
        }
        Level levelFilter = blankToNull(level) == null ? null : Escalations.parse(Level.class, level, "level", errors,
                "Kies OPERATIONAL, TACTICAL, STRATEGIC of NATIONAL");
        EscalationStatus statusFilter = blankToNull(status) == null ? null : Escalations.parse(EscalationStatus.class, status, "status",
                errors, "Kies OPEN, RESOLVED, TAKEN_BACK, UNANSWERED of CASE_CLOSED");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        View view;
        Specification<Escalation> where;
        if (caller.groups().stream().anyMatch(REGIONAL_VIEWERS::contains)) {
            if (regionFilter != null && !caller.belongsTo(regionFilter)) {
                throw new NotPermittedException("U ziet alleen de opschalingen van uw eigen regio");
            }
            List<String> visible = regionFilter != null ? List.of(regionFilter) : caller.regions();
            if (visible.isEmpty()) {
                return List.of();
            }
            view = View.REGIONAL;
            where = (root, query, cb) -> root.get("regionId").in(visible);
        } else if (caller.isMemberOf(Groups.NATIONAL_MEETING)) {
            view = View.NATIONAL;
            where = (root, query, cb) -> cb.equal(root.get("highestLevel"), Level.NATIONAL);
            if (regionFilter != null) {
                where = where.and((root, query, cb) -> cb.equal(root.get("regionId"), regionFilter));
            }
        } else {
            throw new NotPermittedException(
                    "Alleen het tactisch overleg, de stuurgroep, de manager Veiligheidshuis en het landelijk overleg zien opschalingen");
        }
        if (levelFilter != null) {
            where = where.and((root, query, cb) -> cb.equal(root.get("atLevel"), levelFilter));
        }
        if (statusFilter != null) {
            where = where.and((root, query, cb) -> cb.equal(root.get("status"), statusFilter));
        }
        List<Escalation> found = escalations.findAll(where,
                PageRequest.of(0, MAX_RESULTS, Sort.by(Sort.Direction.DESC, "escalatedAt", "id"))).getContent();
        Map<Long, List<EscalationLevel>> levelsById = found.isEmpty() ? Map.of()
                : levels.findByEscalationIdInOrderByEscalationIdAscSeqAsc(found.stream().map(Escalation::getId).toList()).stream()
                        .collect(Collectors.groupingBy(EscalationLevel::getEscalationId));
        found.forEach(e -> logRead(e, caller, "opschalingsoverzicht"));
        View chosen = view;
        return found.stream().map(e -> view(e, levelsById.getOrDefault(e.getId(), List.of()), chosen)).toList();
    }

    /** {@code GET /api/escalations/{id}}: the full record for who may read it, the national summary for the national meeting. */
    @Transactional
    public EscalationView read(Long id, Caller caller) {
        Escalation escalation = escalations.findById(id).orElseThrow(() -> new EscalationNotFoundException(id));
        View view;
        if (mayReadFull(caller, escalation)) {
            view = View.FULL;
        } else if (caller.belongsTo(escalation.getRegionId()) && caller.groups().stream().anyMatch(REGIONAL_VIEWERS::contains)
                && reached(caller, escalation)) {
            view = View.REGIONAL;
        } else if (caller.isMemberOf(Groups.NATIONAL_MEETING) && escalation.getHighestLevel() == Level.NATIONAL) {
            view = View.NATIONAL;
        } else {
            throw new EscalationNotFoundException(id);
        }
        logRead(escalation, caller, switch (view) {
            case FULL -> "opschalingsdossier inzien";
            case REGIONAL -> "opschalingsoverzicht inzien";
            case NATIONAL -> "opschaling landelijk inzien";
        });
        return view(escalation, levels.findByEscalationIdOrderBySeq(id), view);
    }

    boolean mayReadFull(Caller caller, Escalation escalation) {
        if (!caller.belongsTo(escalation.getRegionId())) {
            return false;
        }
        if (escalation.getKind() == EscalationKind.CASE && !cases.findById(escalation.getCaseId()).map(c -> c.isActive()).orElse(false)) {
            // need to know ends with the case: the texts stay with the region's core staff; governance keeps its overview
            return caller.groups().stream().anyMatch(REGIONAL_CORE_STAFF::contains);
        }
        boolean reached = caller.isMemberOf(Groups.TACTICAL_MEETING) && escalation.getHighestLevel().compareTo(Level.TACTICAL) >= 0
                || caller.isMemberOf(Groups.STEERING_GROUP) && escalation.getHighestLevel().compareTo(Level.STRATEGIC) >= 0;
        if (reached || caller.groups().stream().anyMatch(REGIONAL_CORE_STAFF::contains)
                || caller.isMemberOf(escalation.getEscalatingPartner())) {
            return true;
        }
        return escalation.getKind() == EscalationKind.CASE
                && cases.findById(escalation.getCaseId()).map(c -> caseAccess.maySee(caller, c)).orElse(false);
    }

    /** The governance group handled it: the escalation reached its level. */
    private static boolean reached(Caller caller, Escalation escalation) {
        return caller.isMemberOf(Groups.TACTICAL_MEETING) && escalation.getHighestLevel().compareTo(Level.TACTICAL) >= 0
                || caller.isMemberOf(Groups.STEERING_GROUP) && escalation.getHighestLevel().compareTo(Level.STRATEGIC) >= 0;
    }

    private void logRead(Escalation escalation, Caller caller, String purpose) {
        if (escalation.getKind() == EscalationKind.CASE) {
            accessLog.record(caller.userId(), caller.groups(), escalation.getCaseNumber(), null, AccessAction.READ, AccessLog.Channel.API,
                    purpose + " " + escalation.reference());
        }
    }

    static EscalationView view(Escalation e, List<EscalationLevel> reached, View view) {
        boolean full = view == View.FULL;
        boolean national = view == View.NATIONAL;
        Instant dueAt = reached.stream().filter(EscalationLevel::isOpen).map(EscalationLevel::getDueAt).findFirst().orElse(null);
        List<LevelView> levelViews = reached.stream()
                .map(l -> new LevelView(l.getSeq(), l.getLevel().name(), l.getFromLevel().name(), l.getAssigneeGroup(), l.getOpenedAt(),
                        l.getDueAt(), name(l.getOutcome()), l.getDecidedAt(), name(l.getTiming()), name(l.getResponse()), l.getRespondedAt(),
                        full ? l.getDecisionText() : null, full ? l.getMeasures() : null, full ? l.getDecisionReason() : null,
                        full ? l.getDecidedBy() : null, full ? l.getResponseText() : null, full ? l.getRespondedBy() : null))
                .toList();
        return new EscalationView(e.getId(), e.reference(), e.getRegionId(), e.getKind().name(), national ? null : e.getCaseNumber(),
                national ? null : e.getAgreementRef(), e.getReason().name(), e.getStatus().name(), e.getCloseReason(), e.getAtLevel().name(),
                e.getHighestLevel().name(), national ? null : e.getEscalatingPartner(), e.getEscalatedAt(), e.getClosedAt(), dueAt,
                full ? e.getEscalatedBy() : null, full ? e.getWhatHappened() : null, full ? e.getWhatWasTried() : null,
                full ? e.getDescription() : null, levelViews);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
