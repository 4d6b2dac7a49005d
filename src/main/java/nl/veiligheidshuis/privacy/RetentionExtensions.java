package nl.veiligheidshuis.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseNotFoundException;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.organisation.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Process direction's explicit, logged decision to keep a case longer than its region's retention term. */
@Service
public class RetentionExtensions {

    static final int REASON_MAX = 1000;

    public record Decision(String caseNumber, LocalDate until, LocalDate regularDestructionDate, String decidedBy, Instant decidedAt) {
    }

    private final CaseFileRepository cases;
    private final RetentionTerms terms;
    private final RetentionExtensionRepository extensions;
    private final DestructionRecordRepository records;
    private final AccessLog accessLog;
    private final EngineHistoryRemoval engineHistory;
    private final Clock clock;

    RetentionExtensions(CaseFileRepository cases, RetentionTerms terms, RetentionExtensionRepository extensions,
            DestructionRecordRepository records, AccessLog accessLog, EngineHistoryRemoval engineHistory, Clock clock) {
        this.cases = cases;
        this.terms = terms;
        this.extensions = extensions;
        this.records = records;
        this.accessLog = accessLog;
        this.engineHistory = engineHistory;
        this.clock = clock;
    }

    /** Keeps the case up to and including {@code until}; 403 for anyone but process direction, 404 outside their region. */
    @Transactional
    public Decision extend(String caseNumber, String until, String reason, Caller caller) {
        if (!caller.isMemberOf(Groups.PROCESS_DIRECTION)) {
            throw new NotPermittedException("Alleen procesregie van de regio kan de bewaartermijn van een casus verlengen");
        }
        CaseFile caseFile = cases.findByCaseNumber(caseNumber).filter(c -> caller.belongsTo(c.getRegionId()))
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
        OptionalInt years = terms.yearsFor(caseFile.getRegionId());
        LocalDate regular = caseFile.getClosedAt() == null || years.isEmpty() ? null
                : RetentionPolicy.regularDestructionDate(caseFile.getClosedAt(), years.getAsInt());
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = parseUntil(until, errors);
        LocalDate today = clock.instant().atZone(RetentionPolicy.NETHERLANDS).toLocalDate();
        if (day != null && !day.isAfter(today)) {
            errors.add(new FieldError("until", "Kies een datum in de toekomst"));
        } else if (day != null && regular != null && day.isBefore(regular)) {
            errors.add(new FieldError("until", "Deze datum valt vóór de gewone vernietigingsdatum (" + regular
                    + "); een verlenging moet later zijn"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "Geef de reden waarom de casus langer bewaard moet worden"));
        } else if (reason.length() > REASON_MAX) {
            errors.add(new FieldError("reason", "Maximaal " + REASON_MAX + " tekens"));
        }
        if (records.existsByCaseNumber(caseNumber)) {
            errors.add(new FieldError("caseNumber", "De casus is al vernietigd"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        extensions.save(new RetentionExtension(caseFile.getId(), day, reason.trim(), caller.userId(), now));
        accessLog.record(caller.userId(), caller.groups(), caseNumber, null, AccessAction.UPDATE, AccessLog.Channel.API,
                "bewaartermijn verlengd tot " + day);
        engineHistory.keep(caseNumber);
        return new Decision(caseNumber, day, regular, caller.userId(), now);
    }

    private static LocalDate parseUntil(String until, List<FieldError> errors) {
        if (until == null || until.isBlank()) {
            errors.add(new FieldError("until", "Geef de datum tot en met wanneer de casus bewaard blijft (jjjj-mm-dd)"));
            return null;
        }
        try {
            return LocalDate.parse(until.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("until", "Geef een datum als jjjj-mm-dd"));
            return null;
        }
    }
}
