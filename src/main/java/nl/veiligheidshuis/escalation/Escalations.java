package nl.veiligheidshuis.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseAccess;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseNotFoundException;
import nl.veiligheidshuis.casefile.CaseStatus;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.Involvement;
import nl.veiligheidshuis.casefile.Involvements;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.organisation.Groups;
import nl.veiligheidshuis.organisation.RegionRepository;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalation (§5.6): raising one, each level the escalation reaches, the level's decision, a passed deadline and the
 * answer of the level below to an escalation sent back. Every change is checked here, stored in vh_escalation(_level)
 * and, for a case, written to the access log. No engine API: the delegates and {@link EscalationStarter} are the glue.
 */
@Service
public class Escalations {

    static final int MAX_TEXT = 4000;
    static final int MAX_AGREEMENT_REF = 100;
    static final int MAX_CLOSE_REASON = 300;
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    static final String SYSTEM = "system";
    /** The reason every escalation of a closed case ends with (followed by how the case closed). */
    public static final String CASE_CLOSED_REASON = "casus afgesloten";

    /** A level opened: its deadline, and the group of the level below (told of a passed deadline, receives what is sent back). */
    public record OpenedLevel(Level level, Instant dueAt, String lowerLevelGroup) {
    }

    /** The decision of a level as submitted on its form. */
    public record DecisionInput(String decision, String decisionText, String measures, String decisionReason) {
    }

    /** What a level decided, and which level decided it. */
    public record DecisionOutcome(LevelDecision decision, Level level) {
    }

    /** The answer of the level below to an escalation sent back, as submitted on its form. */
    public record ResponseInput(String response, String reason) {
    }

    /** Who carries out a resolved escalation, and which partners are told. */
    public record Feedback(String group, List<String> partners) {
    }

    /** An agreement's escalation and whether this call created it. */
    public record AgreementEscalation(Escalation escalation, boolean created) {
    }

    /** One level as the forms show it: codes and dates, no names and no texts. */
    public record LevelSummary(String level, String group, String openedAt, String dueAt, String outcome, String decidedAt,
            String timing) {
    }

    /** Days in the forms' level history as professionals write them (dd-mm-jjjj). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(NETHERLANDS);

    private final EscalationRepository escalations;
    private final EscalationLevelRepository levels;
    private final CaseFileRepository cases;
    private final CaseAccess caseAccess;
    private final Involvements involvements;
    private final RegionRepository regions;
    private final AccessLog accessLog;
    private final Clock clock;

    Escalations(EscalationRepository escalations, EscalationLevelRepository levels, CaseFileRepository cases, CaseAccess caseAccess,
            Involvements involvements, RegionRepository regions, AccessLog accessLog, Clock clock) {
        this.escalations = escalations;
        this.levels = levels;
        this.cases = cases;
        this.caseAccess = caseAccess;
        this.involvements = involvements;
        this.regions = regions;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ raising

    /**
     * An involved professional escalates in a case: 404 when the caller may not see the case, 400 per wrong field,
     * 403 for a closed case. The escalating partner becomes involved (need to know) for the escalation.
     */
    @Transactional
    public Escalation raiseForCase(String caseNumber, CaseEscalationRequest request, Caller caller, AccessLog.Channel channel) {
        CaseFile caseFile = cases.findByCaseNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        if (!caseAccess.maySee(caller, caseFile)) {
            throw new CaseNotFoundException(caseNumber);
        }
        List<FieldError> errors = new ArrayList<>();
        CaseEscalationRequest body = request == null ? new CaseEscalationRequest(null, null, null) : request;
        Reason reason = parse(Reason.class, body.reason(), "reason", errors,
                "Kies de reden van opschaling: AGREEMENT_NOT_HONOURED, DISAGREEMENT, CAPACITY, ACUTE_RISK of STRUCTURAL_BOTTLENECK");
        String whatHappened = requiredText(body.whatHappened(), "whatHappened", "Beschrijf wat er is gebeurd", errors);
        String whatWasTried = requiredText(body.whatWasTried(), "whatWasTried",
                "Beschrijf wat al is geprobeerd om het op operationeel niveau op te lossen", errors);
        throwIfAny(errors);
        if (!caseFile.isActive()) {
            throw new NotPermittedException("De casus is afgesloten (" + caseFile.getStatus() + "): opschalen kan alleen in een lopende casus");
        }
        String partner = escalatingPartner(caller, caseFile);
        Escalation escalation = escalations.save(Escalation.ofCase(caseFile.getRegionId(), caseFile.getId(), caseNumber, reason, partner,
                caller.userId(), clock.instant(), whatHappened, whatWasTried));
        involvements.involve(caseFile.getId(), partner, Involvement.Reason.ESCALATION);
        accessLog.record(caller.userId(), caller.groups(), caseNumber, null, AccessAction.CREATE, channel,
                "opschaling " + escalation.reference() + " gestart: " + reason);
        return escalation;
    }

    /**
     * An agreement became overdue or was not kept (plan monitoring): escalates at operational level with reason
     * AGREEMENT_NOT_HONOURED, once per open escalation of that agreement; a second call returns the open one.
     */
    @Transactional
    public AgreementEscalation raiseForAgreement(Long caseId, String agreementRef, String explanation) {
        if (caseId == null || agreementRef == null || agreementRef.isBlank() || agreementRef.length() > MAX_AGREEMENT_REF) {
            throw new IllegalArgumentException("Een afspraak escaleert met het casus-id en een verwijzing naar de afspraak (1-"
                    + MAX_AGREEMENT_REF + " tekens)");
        }
        String ref = agreementRef.trim();
        Optional<Escalation> open = escalations.findByOpenAgreementKey(Escalation.agreementKey(caseId, ref));
        if (open.isPresent()) {
            return new AgreementEscalation(open.get(), false);
        }
        CaseFile caseFile = cases.findById(caseId).orElseThrow(() -> new IllegalArgumentException("Geen casus met id " + caseId));
        if (!caseFile.isActive()) {
            throw new IllegalStateException("Casus " + caseFile.getCaseNumber() + " is afgesloten: een afspraak escaleert niet meer");
        }
        String text = explanation == null || explanation.isBlank() ? "Afspraak " + ref + " is niet nagekomen" : limit(explanation.trim());
        Escalation escalation = escalations.saveAndFlush(Escalation.ofAgreement(caseFile.getRegionId(), caseId, caseFile.getCaseNumber(), ref,
                Groups.PROCESS_DIRECTION, clock.instant(), text));
        accessLog.record(SYSTEM, null, caseFile.getCaseNumber(), null, AccessAction.CREATE, AccessLog.Channel.PROCESS,
                "opschaling " + escalation.reference() + " gestart: afspraak " + ref + " niet nagekomen");
        return new AgreementEscalation(escalation, true);
    }

    /** The VH manager of the region escalates a structural bottleneck: 400 per wrong field, 403 for anyone else. */
    @Transactional
    public Escalation raiseStructural(StructuralEscalationRequest request, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        StructuralEscalationRequest body = request == null ? new StructuralEscalationRequest(null, null, null, null) : request;
        if (body.region() == null || body.region().isBlank()) {
            errors.add(new FieldError("region", "Kies de regio"));
        } else if (!regions.existsById(body.region())) {
            errors.add(new FieldError("region", "Onbekende regio '" + body.region() + "'"));
        }
        Level level = parse(Level.class, body.level(), "level", errors,
                "Kies TACTICAL (naar de regionale stuurgroep) of STRATEGIC (naar het landelijk overleg)");
        if (level != null && level != Level.TACTICAL && level != Level.STRATEGIC) {
            errors.add(new FieldError("level", "Kies TACTICAL (naar de regionale stuurgroep) of STRATEGIC (naar het landelijk overleg)"));
        }
        Reason reason = parse(Reason.class, body.reason(), "reason", errors, "Kies CAPACITY of STRUCTURAL_BOTTLENECK");
        if (reason != null && !Reason.STRUCTURAL.contains(reason)) {
            errors.add(new FieldError("reason", "Een structurele opschaling gaat over CAPACITY of STRUCTURAL_BOTTLENECK"));
        }
        String description = requiredText(body.description(), "description", "Beschrijf het structurele knelpunt", errors);
        throwIfAny(errors);
        if (!caller.isMemberOf(Groups.VH_MANAGER) || !caller.belongsTo(body.region())) {
            throw new NotPermittedException("Alleen de manager Veiligheidshuis van regio " + body.region() + " kan structureel opschalen");
        }
        return escalations.save(Escalation.structural(body.region(), level, reason, Groups.VH_MANAGER, caller.userId(), clock.instant(),
                description));
    }

    /**
     * The first step of the process confirms a start by the application: the escalation exists in the instance's
     * region and has no process yet. Anything else is a start that did not come through the application.
     */
    @Transactional
    public Escalation confirmStart(Long escalationId, String tenantId, String processInstanceId) {
        Escalation escalation = escalationId == null ? null : escalations.findById(escalationId).orElse(null);
        if (escalation == null || escalation.getProcessInstanceId() != null || !escalation.getRegionId().equals(tenantId)) {
            throw new InvalidInputException(List.of(new FieldError("escalationId",
                    "Een opschaling start via de API, vanuit een afspraak of met het startformulier, niet met een bestaand nummer")));
        }
        escalation.attachProcess(processInstanceId);
        return escalation;
    }

    @Transactional
    public void attachProcess(Long escalationId, String processInstanceId) {
        byId(escalationId).attachProcess(processInstanceId);
    }

    // ------------------------------------------------------------------ levels

    /** Opens the level that escalation-routing chose, with its deadline. A wrong decision output is a technical fault. */
    @Transactional
    public OpenedLevel openLevel(Long escalationId, String fromLevel, String level, String group, String responseDue) {
        Escalation escalation = byId(escalationId);
        Level from = technical(() -> Level.valueOf(fromLevel), "currentLevel " + fromLevel);
        Level to = technical(() -> Level.valueOf(level), "escalation-routing gave nextLevel " + level);
        if (group == null || group.isBlank()) {
            throw new IllegalStateException("escalation-routing gave no assigneeGroup");
        }
        List<EscalationLevel> reached = levels.findByEscalationIdOrderBySeq(escalationId);
        if (!escalation.isOpen() || reached.stream().anyMatch(EscalationLevel::isOpen)) {
            throw new IllegalStateException("Opschaling " + escalation.reference() + " heeft al een open niveau of is afgesloten");
        }
        Instant now = clock.instant();
        Instant due = dueAfter(now, responseDue);
        levels.save(new EscalationLevel(escalationId, reached.size() + 1, to, from, group, now, due));
        escalation.moveTo(to);
        logChange(escalation, SYSTEM, "opschaling " + escalation.reference() + " naar niveau " + to);
        return new OpenedLevel(to, due, from.groupFor(escalation.getEscalatingPartner()));
    }

    /**
     * Records the decision of the open level: RESOLVED needs the decision and its measures, ESCALATE and SEND_BACK a
     * reason; the national meeting, the highest level, cannot escalate further.
     */
    @Transactional
    public DecisionOutcome decide(Long escalationId, DecisionInput input, String decidedBy) {
        Escalation escalation = byId(escalationId);
        EscalationLevel open = openLevel(escalation);
        List<FieldError> errors = new ArrayList<>();
        LevelDecision decision = parse(LevelDecision.class, input.decision(), EscalationProcess.ESCALATION_DECISION, errors,
                "Kies opgelost, verder opschalen of terugsturen");
        String text = null;
        String measures = null;
        String reason = null;
        if (decision == LevelDecision.ESCALATE && !open.getLevel().canEscalateFrom()) {
            errors.add(new FieldError(EscalationProcess.ESCALATION_DECISION,
                    "Het landelijk overleg is het hoogste niveau: kies opgelost of terugsturen"));
        } else if (decision == LevelDecision.RESOLVED) {
            text = requiredText(input.decisionText(), EscalationProcess.ESCALATION_DECISION_TEXT, "Beschrijf het besluit", errors);
            measures = requiredText(input.measures(), EscalationProcess.ESCALATION_MEASURES,
                    "Beschrijf de maatregelen: wat gebeurt er, door wie en wanneer", errors);
        } else if (decision != null) {
            reason = requiredText(input.decisionReason(), EscalationProcess.ESCALATION_DECISION_REASON,
                    decision == LevelDecision.ESCALATE ? "Geef de reden om verder op te schalen" : "Geef de reden om terug te sturen", errors);
        }
        throwIfAny(errors);
        Instant now = clock.instant();
        switch (decision) {
            case RESOLVED -> {
                open.decide(LevelOutcome.RESOLVED, text, measures, null, decidedBy, now);
                close(escalation, EscalationStatus.RESOLVED, now);
            }
            case ESCALATE -> open.decide(LevelOutcome.ESCALATED, null, null, reason, decidedBy, now);
            case SEND_BACK -> {
                open.decide(LevelOutcome.SENT_BACK, null, null, reason, decidedBy, now);
                escalation.moveTo(open.getFromLevel());
            }
        }
        logChange(escalation, decidedBy, "opschaling " + escalation.reference() + ": besluit " + decision + " op niveau " + open.getLevel());
        return new DecisionOutcome(decision, open.getLevel());
    }

    /**
     * The open level let its deadline pass: recorded as TIMED_OUT; the process moves it up. At national level the
     * escalation ends unanswered (the steering group is told). Returns the level that timed out.
     */
    @Transactional
    public Level timeOut(Long escalationId) {
        Escalation escalation = byId(escalationId);
        EscalationLevel open = openLevel(escalation);
        Instant now = clock.instant();
        open.timeOut(now);
        if (!open.getLevel().canEscalateFrom()) {
            close(escalation, EscalationStatus.UNANSWERED, now);
        }
        logChange(escalation, SYSTEM, "opschaling " + escalation.reference() + ": termijn verstreken op niveau " + open.getLevel());
        return open.getLevel();
    }

    /** The level below answers an escalation sent back to it: take it back (ends it) or escalate again with a reason. */
    @Transactional
    public SentBackResponse respond(Long escalationId, ResponseInput input, String respondedBy) {
        Escalation escalation = byId(escalationId);
        List<EscalationLevel> reached = levels.findByEscalationIdOrderBySeq(escalationId);
        EscalationLevel sentBack = reached.isEmpty() ? null : reached.get(reached.size() - 1);
        if (!escalation.isOpen() || sentBack == null || sentBack.getOutcome() != LevelOutcome.SENT_BACK || sentBack.getResponse() != null) {
            throw new IllegalStateException("Opschaling " + escalation.reference() + " wacht niet op een reactie op terugsturen");
        }
        List<FieldError> errors = new ArrayList<>();
        SentBackResponse response = parse(SentBackResponse.class, input.response(), EscalationProcess.ESCALATION_RESPONSE, errors,
                "Kies zelf verder oppakken of opnieuw opschalen");
        String reason = response == SentBackResponse.ESCALATE_AGAIN
                ? requiredText(input.reason(), EscalationProcess.ESCALATION_RESPONSE_REASON, "Geef aan waarom u opnieuw opschaalt", errors)
                : optionalText(input.reason(), EscalationProcess.ESCALATION_RESPONSE_REASON, errors);
        throwIfAny(errors);
        Instant now = clock.instant();
        sentBack.respond(response, reason, respondedBy, now);
        if (response == SentBackResponse.TAKE_BACK) {
            close(escalation, EscalationStatus.TAKEN_BACK, now);
        }
        logChange(escalation, respondedBy, "opschaling " + escalation.reference() + ": teruggestuurd, reactie " + response);
        return response;
    }

    /** "casus afgesloten (ingetrokken)": the reason an escalation ends with when its case closes with that status. */
    public static String closureReason(CaseStatus status) {
        String how = switch (status) {
            case CLOSED -> "afgeschaald";
            case WITHDRAWN -> "ingetrokken";
            case REFUSED_NOT_COMPLEX -> "niet complex, geweigerd";
            case CLOSED_INCOMPLETE -> "onvolledig";
            case REGISTERED, ACCEPTED -> throw new IllegalArgumentException("Casusstatus " + status + " is niet afgesloten");
        };
        return CASE_CLOSED_REASON + " (" + how + ")";
    }

    /**
     * The case closed (afgeschaald, withdrawn, refused, incomplete): each of its open escalations ends with status
     * CASE_CLOSED and the reason, its open level with outcome CASE_CLOSED (nobody decided). Escalations that already
     * ended keep their status; structural escalations are not about a case and are never touched. Involvement needs
     * no change here: closure ended every involvement. A repeated call changes nothing.
     *
     * @return the escalations this call ended
     */
    @Transactional
    public List<Escalation> endForClosedCase(Long caseId, String reason) {
        if (caseId == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Een opschaling eindigt met de casus: casus-id en reden zijn nodig");
        }
        List<Escalation> open = escalations.findByCaseIdAndStatusOrderById(caseId, EscalationStatus.OPEN);
        Instant now = clock.instant();
        for (Escalation escalation : open) {
            levels.findByEscalationIdOrderBySeq(escalation.getId()).stream().filter(EscalationLevel::isOpen)
                    .forEach(level -> level.endWithCase(now));
            String why = reason.trim();
            escalation.endWithCase(now, why.length() > MAX_CLOSE_REASON ? why.substring(0, MAX_CLOSE_REASON) : why);
            logChange(escalation, SYSTEM, "opschaling " + escalation.reference() + " beëindigd: " + reason.trim());
        }
        return open;
    }

    /**
     * After a resolution: the case director's partner carries it out (procesregie for a structural escalation or a
     * case without case director); the partners involved in the case and the partner that escalated are told.
     */
    @Transactional(readOnly = true)
    public Feedback feedback(Long escalationId, String caseDirectorPartner) {
        Escalation escalation = byId(escalationId);
        String group = caseDirectorPartner == null || caseDirectorPartner.isBlank() ? Groups.PROCESS_DIRECTION : caseDirectorPartner;
        if (escalation.getKind() == EscalationKind.STRUCTURAL) {
            return new Feedback(group, List.of());
        }
        Set<String> partners = new LinkedHashSet<>(involvements.activePartners(escalation.getCaseId()));
        partners.add(escalation.getEscalatingPartner());
        return new Feedback(group, List.copyOf(partners));
    }

    /** The levels reached so far, for the forms (no names, no texts). */
    @Transactional(readOnly = true)
    public List<LevelSummary> history(Long escalationId) {
        return levels.findByEscalationIdOrderBySeq(escalationId).stream()
                .map(l -> new LevelSummary(l.getLevel().name(), l.getAssigneeGroup(), day(l.getOpenedAt()), day(l.getDueAt()),
                        l.getOutcome() == null ? null : l.getOutcome().name(), day(l.getDecidedAt()),
                        l.getTiming() == null ? null : l.getTiming().name()))
                .toList();
    }

    /** The region's name as professionals know it; the id when the region is unknown. */
    public String regionName(String regionId) {
        return regions.findById(regionId).map(nl.veiligheidshuis.organisation.Region::getName).orElse(regionId);
    }

    public Escalation byId(Long escalationId) {
        return escalations.findById(escalationId).orElseThrow(() -> new IllegalStateException("No escalation " + escalationId));
    }

    // ------------------------------------------------------------------ helpers

    /** The caller's own partner group that is involved in the case; process direction or the VH manager otherwise. */
    private String escalatingPartner(Caller caller, CaseFile caseFile) {
        List<String> involved = involvements.activePartners(caseFile.getId());
        return caller.groups().stream().filter(involved::contains).findFirst()
                .or(() -> caller.groups().stream().filter(g -> g.equals(Groups.PROCESS_DIRECTION) || g.equals(Groups.VH_MANAGER)).findFirst())
                .orElseThrow(() -> new CaseNotFoundException(caseFile.getCaseNumber()));
    }

    private EscalationLevel openLevel(Escalation escalation) {
        return levels.findByEscalationIdOrderBySeq(escalation.getId()).stream().filter(EscalationLevel::isOpen).findFirst()
                .orElseThrow(() -> new IllegalStateException("Opschaling " + escalation.reference() + " heeft geen open niveau"));
    }

    /** Final status; the escalating professional's partner stays involved only for its other reasons (need to know). */
    private void close(Escalation escalation, EscalationStatus status, Instant at) {
        escalation.close(status, at);
        boolean raisedByProfessional = escalation.getKind() == EscalationKind.CASE && escalation.getAgreementRef() == null;
        if (raisedByProfessional && escalations.findByCaseIdAndEscalatingPartnerAndStatus(escalation.getCaseId(),
                escalation.getEscalatingPartner(), EscalationStatus.OPEN).stream().allMatch(e -> e.getId().equals(escalation.getId()))) {
            involvements.end(escalation.getCaseId(), escalation.getEscalatingPartner(), Involvement.Reason.ESCALATION,
                    "opschaling " + escalation.reference() + " afgerond (" + status.name() + ")");
        }
    }

    private void logChange(Escalation escalation, String userId, String purpose) {
        if (escalation.getKind() == EscalationKind.CASE) {
            accessLog.record(userId, null, escalation.getCaseNumber(), null, AccessAction.UPDATE, AccessLog.Channel.PROCESS, purpose);
        }
    }

    /** ISO-8601 durations from escalation-routing: time-based (PT8H, P10D) or date-based (P1W, P1M). */
    static Instant dueAfter(Instant from, String isoDuration) {
        if (isoDuration == null) {
            throw new IllegalStateException("escalation-routing gave no responseDue");
        }
        try {
            return from.plus(Duration.parse(isoDuration));
        } catch (DateTimeParseException notTimeBased) {
            try {
                return from.atZone(NETHERLANDS).plus(Period.parse(isoDuration)).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("escalation-routing gave an invalid responseDue: " + isoDuration, e);
            }
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors, String message) {
        if (value != null) {
            String code = value.trim();
            Optional<E> known = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(code)).findFirst();
            if (known.isPresent()) {
                return known.get();
            }
        }
        errors.add(new FieldError(field, message));
        return null;
    }

    static String requiredText(String value, String field, String message, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, message));
            return null;
        }
        return optionalText(value, field, errors);
    }

    static String optionalText(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().length() > MAX_TEXT) {
            errors.add(new FieldError(field, "Maximaal " + MAX_TEXT + " tekens"));
            return null;
        }
        return value.trim();
    }

    private static String limit(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static <T> T technical(java.util.function.Supplier<T> value, String what) {
        try {
            return value.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("Unknown level: " + what, e);
        }
    }

    private static String day(Instant instant) {
        return instant == null ? null : DAY.format(instant);
    }
}
