package nl.veiligheidshuis.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.casefile.CaseStatus;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.organisation.Region;
import nl.veiligheidshuis.organisation.RegionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Screening and triage (§4.2): record the decisions' outcome, the screener's decision, and close what is refused. */
@Service
public class ScreeningService {

    public static final String COMPLEX = "COMPLEX";
    static final Set<String> REFUSAL_ADVICE = Set.of("OWN_CHAIN", "ZSM", "BILATERAL", "CHAIN_OFFICE");
    static final Set<String> PRIORITIES = Set.of("URGENT", "HIGH", "NORMAL");
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    static final String LEGAL_BASIS_WGS = "Wet gegevensverwerking door samenwerkingsverbanden";

    /** The screener's choice on the screening form. */
    public enum Decision {
        ACCEPT,
        REFUSE,
        REQUEST_INFORMATION
    }

    /** What the screening decided, as the process routes on it. */
    public enum Outcome {
        ACCEPTED,
        REFUSED,
        INFORMATION_REQUESTED,
        INCOMPLETE
    }

    /** The screener's input, as submitted on the form. */
    public record ScreeningInput(String decision, String overrideReason, String chosenReferralAdvice, String informationRequest) {
    }

    /** The checked decision, with the advice that goes to the referrer when refused. */
    public record ScreeningResult(Outcome outcome, String referralAdvice) {
    }

    private final CaseFiles caseFiles;
    private final RegionRepository regions;
    private final Clock clock;

    ScreeningService(CaseFiles caseFiles, RegionRepository regions, Clock clock) {
        this.caseFiles = caseFiles;
        this.regions = regions;
        this.clock = clock;
    }

    /** Stores the decisions' outcome and returns when screening is due. A wrong decision output is a technical fault. */
    @Transactional
    public Instant recordTriage(Long caseId, String complexityOutcome, String referralAdvice, String rationale, String priority,
            String screeningDue) {
        if (!PRIORITIES.contains(priority)) {
            throw new IllegalStateException("triage-priority gave an unknown priority: " + priority);
        }
        Instant due = dueAfter(clock.instant(), screeningDue);
        caseFiles.byId(caseId).recordTriage(complexityOutcome, referralAdvice, rationale, priority, due);
        return due;
    }

    public String regionName(String regionId) {
        return regions.findById(regionId).map(Region::getName).orElse(regionId);
    }

    /** Task priority in Tasklist (0-100) for a triage priority. */
    public static int taskPriority(String priority) {
        return switch (priority) {
            case "URGENT" -> 90;
            case "HIGH" -> 70;
            default -> 50;
        };
    }

    /** Checks and records the screener's decision; overriding the complexity test needs a reason (§4.2). */
    @Transactional
    public ScreeningResult decide(Long caseId, ScreeningInput input, String screener, String screenerGroup) {
        CaseFile caseFile = caseFiles.byId(caseId);
        List<FieldError> errors = new ArrayList<>();
        Decision decision = parse(input.decision(), errors);
        String advice = input.chosenReferralAdvice() == null || input.chosenReferralAdvice().isBlank()
                ? caseFile.getReferralAdvice() : input.chosenReferralAdvice();
        if (decision != null) {
            boolean complex = COMPLEX.equals(caseFile.getComplexityOutcome());
            boolean overrides = (decision == Decision.ACCEPT && !complex) || (decision == Decision.REFUSE && complex)
                    || (decision == Decision.REFUSE && !advice.equals(caseFile.getReferralAdvice()));
            if (overrides && isBlank(input.overrideReason())) {
                errors.add(new FieldError("overrideReason", "U wijkt af van de uitkomst van de toets: geef de reden"));
            }
            if (decision == Decision.REFUSE && !REFUSAL_ADVICE.contains(advice)) {
                errors.add(new FieldError("chosenReferralAdvice", "Kies het verwijsadvies voor de aanmelder"));
            }
            if (decision == Decision.REQUEST_INFORMATION && isBlank(input.informationRequest())) {
                errors.add(new FieldError("informationRequest", "Beschrijf welke informatie u nodig hebt"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        caseFile.recordScreeningDecision(decision.name(), blankToNull(input.overrideReason()), decision == Decision.REFUSE ? advice : null);
        return switch (decision) {
            case ACCEPT -> {
                caseFile.accept();
                yield new ScreeningResult(Outcome.ACCEPTED, null);
            }
            case REFUSE -> {
                caseFiles.close(caseId, CaseStatus.REFUSED_NOT_COMPLEX, "NIET_COMPLEX: verwijsadvies " + advice, screener);
                yield new ScreeningResult(Outcome.REFUSED, advice);
            }
            case REQUEST_INFORMATION -> {
                caseFiles.addContribution(caseId, "INFORMATION_REQUEST", screenerGroup, screener, LEGAL_BASIS_WGS, input.informationRequest());
                yield new ScreeningResult(Outcome.INFORMATION_REQUESTED, null);
            }
        };
    }

    @Transactional
    public void recordInformation(Long caseId, String answer, String partner, String author) {
        if (isBlank(answer)) {
            throw new InvalidInputException(List.of(new FieldError("informationAnswer", "Geef de gevraagde informatie")));
        }
        caseFiles.addContribution(caseId, "INFORMATION_ANSWER", partner, author, LEGAL_BASIS_WGS, answer);
    }

    /** After the referrer's answer the screening starts a new term of the same length. */
    @Transactional
    public Instant restartScreeningTerm(Long caseId, String screeningDue) {
        CaseFile caseFile = caseFiles.byId(caseId);
        Instant due = dueAfter(clock.instant(), screeningDue);
        caseFile.recordTriage(caseFile.getComplexityOutcome(), caseFile.getReferralAdvice(), caseFile.getComplexityRationale(),
                caseFile.getPriority(), due);
        return due;
    }

    public Instant dueFromNow(String isoDuration) {
        return dueAfter(clock.instant(), isoDuration);
    }

    @Transactional
    public void closeIncomplete(Long caseId) {
        caseFiles.close(caseId, CaseStatus.CLOSED_INCOMPLETE, "ONVOLLEDIG: geen aanvullende informatie binnen de termijn", "system");
    }

    /** ISO-8601 durations from the triage table: time-based (PT8H, P3D) or date-based (P1W, P1M). */
    static Instant dueAfter(Instant from, String isoDuration) {
        if (isoDuration == null) {
            throw new IllegalStateException("triage-priority gave no screeningDue");
        }
        try {
            return from.plus(Duration.parse(isoDuration));
        } catch (DateTimeParseException notTimeBased) {
            try {
                return from.atZone(NETHERLANDS).plus(Period.parse(isoDuration)).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("triage-priority gave an invalid screeningDue: " + isoDuration, e);
            }
        }
    }

    private static Decision parse(String value, List<FieldError> errors) {
        try {
            return Decision.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new FieldError("screeningDecision", "Kies aannemen, weigeren of aanvullende informatie vragen"));
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }
}
