package nl.veiligheidshuis.area;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseAccess;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseNotFoundException;
import nl.veiligheidshuis.casefile.CaseStatus;
import nl.veiligheidshuis.casefile.CaseType;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.FormDates;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.organisation.Groups;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of an area approach (§3.1): only for an accepted AREA case, only started by process direction of the case's
 * region, at most one running approach per case; every text is required and bounded (professional text about an area
 * or theme, no personal data); a follow-up date lies in the future (at most two years ahead). Read by process direction
 * and the involved partners of the region ({@link CaseAccess}), every read logged.
 */
@Service
public class AreaApproaches {

    static final int ANALYSIS_MAX = 4000;
    static final int ADVICE_MAX = 4000;
    static final int AGREEMENTS_MAX = 4000;
    static final int NOTE_MAX = 2000;
    static final int FOLLOW_UP_MAX_YEARS = 2;
    /** The follow-up timer falls due at 09:00 Dutch time on the follow-up date. */
    static final LocalTime FOLLOW_UP_TIME = LocalTime.of(9, 0);
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Logger LOG = LoggerFactory.getLogger(AreaApproaches.class);

    private final AreaApproachRepository approaches;
    private final CaseFileRepository cases;
    private final CaseAccess caseAccess;
    private final AreaApproachProcesses processes;
    private final AccessLog accessLog;
    private final Clock clock;

    AreaApproaches(AreaApproachRepository approaches, CaseFileRepository cases, CaseAccess caseAccess, AreaApproachProcesses processes,
            AccessLog accessLog, Clock clock) {
        this.approaches = approaches;
        this.cases = cases;
        this.caseAccess = caseAccess;
        this.processes = processes;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * Starts the area approach of an accepted AREA case and its process {@code area-approach} (as the application, after
     * these checks). 403 unless process direction; 404 unknown case or a case of another region; 400 not an AREA case;
     * 409 the case is not accepted (or closed), or an approach is already running.
     */
    @Transactional
    public AreaApproach start(String caseNumber, Caller caller, AccessLog.Channel channel) {
        if (!caller.isMemberOf(Groups.PROCESS_DIRECTION)) {
            throw new NotPermittedException("Alleen procesregie van de regio van de casus kan een gebiedsaanpak starten");
        }
        CaseFile caseFile = cases.findByCaseNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        if (!caller.belongsTo(caseFile.getRegionId())) {
            throw new CaseNotFoundException(caseNumber);
        }
        if (caseFile.getCaseType() != CaseType.AREA) {
            throw new InvalidInputException(List.of(new FieldError("caseType",
                    "Een gebiedsaanpak is er alleen voor een gebiedscasus (AREA); casus " + caseNumber + " is " + caseFile.getCaseType())));
        }
        if (caseFile.getStatus() != CaseStatus.ACCEPTED) {
            throw new AreaApproachConflictException("Casus " + caseNumber + " is niet geaccepteerd (status " + caseFile.getStatus()
                    + "); een gebiedsaanpak start na acceptatie in de screening");
        }
        if (approaches.existsByCaseIdAndStatusNotIn(caseFile.getId(), AreaApproachStatus.ENDED)) {
            throw new AreaApproachConflictException("Voor casus " + caseNumber + " loopt al een gebiedsaanpak");
        }
        AreaApproach approach;
        try {
            approach = approaches.saveAndFlush(new AreaApproach(caseFile.getId(), caseNumber, caseFile.getRegionId(),
                    caseFile.getAreaMunicipality(), caller.userId(), clock.instant()));
        } catch (org.springframework.dao.DataIntegrityViolationException startedAtTheSameMoment) {
            // two starts at once: the PostgreSQL index of one running approach per case refused the second
            throw new AreaApproachConflictException("Voor casus " + caseNumber + " loopt al een gebiedsaanpak");
        }
        approach.attachProcess(processes.start(approach, caseFile.getAreaName()));
        accessLog.record(caller.userId(), caller.groups(), caseNumber, null, AccessAction.CREATE, channel, "gebiedsaanpak gestart");
        LOG.info("Area approach {} of case {} started", approach.getId(), caseNumber);
        return approach;
    }

    /**
     * The running area approach of a case, or else its latest; for process direction and the involved partners of the
     * case's region (404 for everyone else, so existence is not revealed). The read is logged.
     */
    @Transactional
    public AreaApproach current(String caseNumber, Caller caller, AccessLog.Channel channel) {
        CaseFile caseFile = cases.findByCaseNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        if (!caseAccess.maySee(caller, caseFile)) {
            throw new CaseNotFoundException(caseNumber);
        }
        List<AreaApproach> found = approaches.findByCaseIdOrderByIdDesc(caseFile.getId());
        AreaApproach shown = found.stream().filter(a -> a.getStatus().isRunning()).findFirst()
                .orElseGet(() -> found.isEmpty() ? null : found.get(0));
        if (shown == null) {
            throw new AreaApproachNotFoundException(caseNumber);
        }
        accessLog.record(caller.userId(), caller.groups(), caseNumber, null, AccessAction.READ, channel, "gebiedsaanpak inzien");
        return shown;
    }

    /** "Gebiedsanalyse opstellen" completed: the analysis and the chosen approach. */
    @Transactional
    public void recordAnalysis(long approachId, String summary, String approachType, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        String text = requiredText(errors, AreaApproachProcess.ANALYSIS_SUMMARY, summary, ANALYSIS_MAX, "Geef de gebiedsanalyse");
        ApproachType type = parse(errors, AreaApproachProcess.APPROACH_TYPE, approachType, ApproachType.class,
                "Kies advies aan het lokaal bestuur of een gezamenlijke gebiedsaanpak");
        failOn(errors);
        AreaApproach approach = byId(approachId);
        approach.recordAnalysis(text, type);
        changed(approach, caller, "gebiedsanalyse vastgelegd (ronde " + approach.getAnalysisRound() + ", " + type + ")");
    }

    /** "Advies aan lokaal bestuur opstellen" completed: the advice goes to the municipality of the area. */
    @Transactional
    public void sendAdvice(long approachId, String adviceText, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        String text = requiredText(errors, AreaApproachProcess.ADVICE_TEXT, adviceText, ADVICE_MAX, "Geef het advies aan het lokaal bestuur");
        failOn(errors);
        AreaApproach approach = byId(approachId);
        approach.sendAdvice(text, clock.instant());
        changed(approach, caller, "advies verzonden aan het bestuur van gemeente " + approach.getAddressedAdministrator());
    }

    /** "Reactie bestuur vastleggen" completed: the administration's response and the follow-up date. */
    @Transactional
    public LocalDate recordResponse(long approachId, String response, String note, String followUpOn, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        AdministratorResponse answer = parse(errors, AreaApproachProcess.ADMINISTRATOR_RESPONSE, response, AdministratorResponse.class,
                "Kies de reactie van het bestuur: overgenomen, deels overgenomen of niet overgenomen");
        String text = requiredText(errors, AreaApproachProcess.RESPONSE_NOTE, note, NOTE_MAX, "Geef een toelichting op de reactie van het bestuur");
        LocalDate followUp = followUpDate(errors, followUpOn);
        failOn(errors);
        AreaApproach approach = byId(approachId);
        approach.recordResponse(answer, text, followUp, clock.instant());
        changed(approach, caller, "reactie bestuur vastgelegd (" + answer + "), opvolging op " + followUp);
        return followUp;
    }

    /** "Gezamenlijke gebiedsaanpak afspreken" completed: the agreements and the follow-up date. */
    @Transactional
    public LocalDate agreeJointApproach(long approachId, String agreements, String followUpOn, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        String text = requiredText(errors, AreaApproachProcess.JOINT_AGREEMENTS, agreements, AGREEMENTS_MAX,
                "Geef de afspraken van de gezamenlijke aanpak");
        LocalDate followUp = followUpDate(errors, followUpOn);
        failOn(errors);
        AreaApproach approach = byId(approachId);
        approach.agreeJointApproach(text, followUp);
        changed(approach, caller, "gezamenlijke gebiedsaanpak afgesproken, opvolging op " + followUp);
        return followUp;
    }

    /** "Effect van de aanpak beoordelen" completed: done, or a new analysis round. */
    @Transactional
    public EffectOutcome recordEffect(long approachId, String outcome, String note, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        EffectOutcome effect = parse(errors, AreaApproachProcess.EFFECT_OUTCOME, outcome, EffectOutcome.class,
                "Kies: aanpak afgerond of een nieuwe gebiedsanalyse");
        String text = requiredText(errors, AreaApproachProcess.EFFECT_NOTE, note, NOTE_MAX, "Beschrijf het effect van de aanpak");
        failOn(errors);
        AreaApproach approach = byId(approachId);
        approach.recordEffect(effect, text, clock.instant());
        changed(approach, caller, effect == EffectOutcome.DONE ? "gebiedsaanpak afgerond" : "nieuwe gebiedsanalyse na beoordeling van het effect");
        return effect;
    }

    /** The moment the follow-up timer falls due: 09:00 Dutch time on the follow-up date. */
    public static Instant followUpMoment(LocalDate followUpDate) {
        return followUpDate.atTime(FOLLOW_UP_TIME).atZone(ZONE).toInstant();
    }

    // ------------------------------------------------------------------ rules

    LocalDate followUpDate(List<FieldError> errors, String text) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(AreaApproachProcess.FOLLOW_UP_ON, "Geef de datum van de opvolging (dd-mm-jjjj)"));
            return null;
        }
        LocalDate date;
        try {
            date = FormDates.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(AreaApproachProcess.FOLLOW_UP_ON, "Geen geldige datum: gebruik dd-mm-jjjj"));
            return null;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        if (!date.isAfter(today)) {
            errors.add(new FieldError(AreaApproachProcess.FOLLOW_UP_ON, "De datum van de opvolging ligt in de toekomst"));
        } else if (date.isAfter(today.plusYears(FOLLOW_UP_MAX_YEARS))) {
            errors.add(new FieldError(AreaApproachProcess.FOLLOW_UP_ON,
                    "De datum van de opvolging ligt hooguit " + FOLLOW_UP_MAX_YEARS + " jaar vooruit"));
        }
        return date;
    }

    private static String requiredText(List<FieldError> errors, String field, String value, int max, String missing) {
        String text = value == null ? "" : value.trim();
        if (text.isEmpty()) {
            errors.add(new FieldError(field, missing));
        } else if (text.length() > max) {
            errors.add(new FieldError(field, "Maximaal " + max + " tekens"));
        }
        return text;
    }

    private static <E extends Enum<E>> E parse(List<FieldError> errors, String field, String value, Class<E> type, String message) {
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.trim())) {
                    return constant;
                }
            }
        }
        errors.add(new FieldError(field, message));
        return null;
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void changed(AreaApproach approach, Caller caller, String purpose) {
        accessLog.record(caller == null ? null : caller.userId(), caller == null ? null : caller.groups(), approach.getCaseNumber(), null,
                AccessAction.UPDATE, AccessLog.Channel.TASKLIST, purpose);
        LOG.info("Area approach {} of case {}: {}", approach.getId(), approach.getCaseNumber(), approach.getStatus());
    }

    private AreaApproach byId(long approachId) {
        return approaches.findById(approachId).orElseThrow(() -> new IllegalStateException("No area approach " + approachId));
    }
}
