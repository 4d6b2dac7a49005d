package nl.veiligheidshuis.privacy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.casefile.Subject;
import nl.veiligheidshuis.organisation.Groups;
import nl.veiligheidshuis.organisation.RegionRepository;
import nl.veiligheidshuis.privacy.SubjectRequest.Decision;
import nl.veiligheidshuis.privacy.SubjectRequest.Kind;
import nl.veiligheidshuis.privacy.SubjectRequest.Outcome;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data-subject requests at one contact point (design.md: access, correction and erasure count for all partners):
 * registration with the deadline of AVG art. 12(3), and process direction's decision on each kind. Knows nothing of
 * the engine. The record keeps kind, dates, decision and outcome, never a name or a corrected value.
 */
@Service
public class SubjectRequests {

    static final Set<String> ERASURE_GROUNDS = Set.of("NO_LONGER_NEEDED", "OBJECTION", "UNLAWFUL", "LEGAL_OBLIGATION");
    static final Set<String> REFUSAL_GROUNDS = Set.of("CRIMINAL_INVESTIGATION", "RIGHTS_OF_OTHERS", "DATA_CORRECT", "RETENTION_NEEDED",
            "UNFOUNDED_OR_EXCESSIVE", "IDENTITY_NOT_ESTABLISHED");
    static final int TEXT_MAX = 200;
    static final int REASON_MAX = 2000;

    /** As the start form or the API submits it; dates as {@code yyyy-mm-dd}. */
    public record RequestInput(String region, String kind, Long subjectId, String givenName, String familyName, String dateOfBirth,
            String receivedOn, String channel) {
    }

    public record Registered(Long requestId, String requestNumber, String region, Kind kind, Long subjectId, int caseCount,
            SubjectRequest.Channel channel, LocalDate receivedOn, Instant dueAt, Instant reminderAt) {
    }

    /** As the handling form submits it. */
    public record DecisionInput(String decision, String correctionField, String correctionValue, String erasureGround, String refusalGround,
            String refusalReason) {
    }

    public record Answer(Outcome outcome, String detail) {
    }

    private final SubjectRequestRepository requests;
    private final PersonRecords records;
    private final RegionRepository regions;
    private final AccessLogQueries accessLogQueries;
    private final AccessLog accessLog;
    private final CaseDataReferences references;
    private final List<CaseDataDestroyer> destroyers;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final Clock clock;

    SubjectRequests(SubjectRequestRepository requests, PersonRecords records, RegionRepository regions, AccessLogQueries accessLogQueries,
            AccessLog accessLog, CaseDataReferences references, ObjectProvider<CaseDataDestroyer> destroyers, JdbcTemplate jdbc,
            EntityManager entityManager, Clock clock) {
        this.requests = requests;
        this.records = records;
        this.regions = regions;
        this.accessLogQueries = accessLogQueries;
        this.accessLog = accessLog;
        this.references = references;
        List<CaseDataDestroyer> all = new ArrayList<>(destroyers.stream().toList());
        AnnotationAwareOrderComparator.sort(all);
        this.destroyers = List.copyOf(all);
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ registration

    /** Checks the request (400, one message per field), then the caller's right (403), finds the person and stores it. */
    @Transactional
    public Registered register(RequestInput input, Caller caller, AccessLog.Channel channel) {
        List<FieldError> errors = new ArrayList<>();
        if (input == null) {
            throw new InvalidInputException(List.of(new FieldError("body", "Het verzoek ontbreekt")));
        }
        String region = blank(input.region()) ? null : input.region().trim();
        if (region == null) {
            errors.add(new FieldError("region", "Kies de regio"));
        } else if (!regions.existsById(region)) {
            errors.add(new FieldError("region", "Onbekende regio '" + region + "'"));
        }
        Kind kind = parseEnum(Kind.class, input.kind(), "kind", "Kies inzage (ACCESS), correctie (CORRECTION) of wissen (ERASURE)", errors);
        SubjectRequest.Channel requestChannel = parseEnum(SubjectRequest.Channel.class, input.channel(), "channel",
                "Kies hoe het verzoek binnenkwam (LETTER, EMAIL, DESK, PHONE of PARTNER)", errors);
        LocalDate today = today();
        LocalDate receivedOn = parseDate(input.receivedOn(), "receivedOn", "Geef de datum van ontvangst", errors);
        if (receivedOn != null && receivedOn.isAfter(today)) {
            errors.add(new FieldError("receivedOn", "De datum van ontvangst ligt niet in de toekomst"));
        }
        LocalDate dateOfBirth = null;
        if (input.subjectId() == null) {
            if (blank(input.givenName())) {
                errors.add(new FieldError("givenName", "Geef het nummer van de betrokkene, of voornaam, achternaam en geboortedatum"));
            }
            if (blank(input.familyName())) {
                errors.add(new FieldError("familyName", "Geef het nummer van de betrokkene, of voornaam, achternaam en geboortedatum"));
            }
            length(errors, "givenName", input.givenName());
            length(errors, "familyName", input.familyName());
            dateOfBirth = parseDate(input.dateOfBirth(), "dateOfBirth",
                    "Geef het nummer van de betrokkene, of voornaam, achternaam en geboortedatum", errors);
            if (dateOfBirth != null && !dateOfBirth.isBefore(today)) {
                errors.add(new FieldError("dateOfBirth", "De geboortedatum ligt in het verleden"));
            }
        }
        Optional<Subject> anchor = Optional.empty();
        // only process direction of the region learns whether a subject id is known there
        boolean mayAsk = region != null && errors.stream().noneMatch(e -> e.field().equals("region")) && mayHandle(caller, region);
        if (input.subjectId() != null && mayAsk) {
            anchor = records.row(input.subjectId()).filter(row -> records.caseOf(row).map(c -> c.getRegionId().equals(region)).orElse(false));
            if (anchor.isEmpty()) {
                errors.add(new FieldError("subjectId", "Geen betrokkene met nummer " + input.subjectId() + " in regio '" + region + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        checkProcessDirection(caller, region);
        if (input.subjectId() == null) {
            anchor = records.findByName(input.givenName().trim(), input.familyName().trim(), dateOfBirth, region);
        }
        PersonInCases person = anchor.map(row -> records.person(row, Set.of(region))).orElse(null);
        Instant now = clock.instant();
        Instant dueAt = RequestDeadlines.dueAt(receivedOn);
        SubjectRequest request = requests.save(new SubjectRequest(region, kind, anchor.map(Subject::getId).orElse(null),
                person == null ? 0 : person.cases().size(), requestChannel, receivedOn, dueAt, caller.userId(), now));
        request.number(number(request.getId(), now));
        if (person != null) {
            for (CaseFile caseFile : person.cases()) {
                accessLog.record(caller.userId(), caller.groups(), caseFile.getCaseNumber(), person.rowIn(caseFile.getId()).getId(),
                        AccessAction.READ, channel, "verzoek van betrokkene " + request.getRequestNumber() + " geregistreerd ("
                                + kind.name().toLowerCase() + ")");
            }
        }
        return new Registered(request.getId(), request.getRequestNumber(), region, kind, request.getSubjectId(), request.getCaseCount(),
                requestChannel, receivedOn, dueAt, RequestDeadlines.reminderAt(dueAt));
    }

    @Transactional(readOnly = true)
    public Optional<SubjectRequest> byId(Long requestId) {
        return requestId == null ? Optional.empty() : requests.findById(requestId);
    }

    @Transactional
    public void attachProcess(Long requestId, String processInstanceId) {
        requests.findById(requestId).orElseThrow().attachProcess(processInstanceId);
    }

    // ---------------------------------------------------------------------------------------------------- decisions

    /**
     * Process direction's decision on a request of the expected kind: checked (400 with the form field), carried out
     * on the case files and recorded. A refusal needs a ground and an explanation for the person.
     */
    @Transactional
    public Answer decide(Long requestId, Kind expectedKind, DecisionInput input, Caller caller, AccessLog.Channel channel) {
        SubjectRequest request = requests.findById(requestId).orElseThrow(() -> new IllegalStateException("No subject request " + requestId));
        if (request.getKind() != expectedKind) {
            throw new IllegalStateException("Request " + request.getRequestNumber() + " is " + request.getKind() + ", not " + expectedKind);
        }
        if (request.isDecided()) {
            throw new IllegalStateException("Request " + request.getRequestNumber() + " is already decided");
        }
        checkProcessDirection(caller, request.getRegionId());
        Decision decision = parseEnum(Decision.class, input.decision(), SubjectRequestProcess.REQUEST_DECISION,
                "Kies toewijzen of afwijzen", null);
        Answer answer;
        if (decision == Decision.REFUSE) {
            answer = refuse(request, input, caller);
        } else {
            PersonInCases person = records.row(request.getSubjectId()).map(row -> records.person(row, Set.of(request.getRegionId())))
                    .orElse(null);
            answer = switch (request.getKind()) {
                case ACCESS -> grantAccess(request, person, caller);
                case CORRECTION -> correct(request, person, input, caller, channel);
                case ERASURE -> erase(request, person, input, caller, channel);
            };
        }
        return answer;
    }

    private Answer refuse(SubjectRequest request, DecisionInput input, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(input.refusalGround()) || !REFUSAL_GROUNDS.contains(input.refusalGround())) {
            errors.add(new FieldError(SubjectRequestProcess.REFUSAL_GROUND, "Kies de grond waarop u het verzoek afwijst"));
        }
        if (blank(input.refusalReason())) {
            errors.add(new FieldError(SubjectRequestProcess.REFUSAL_REASON, "Licht de afwijzing toe voor de betrokkene"));
        } else if (input.refusalReason().length() > REASON_MAX) {
            errors.add(new FieldError(SubjectRequestProcess.REFUSAL_REASON, "Maximaal " + REASON_MAX + " tekens"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return record(request, Decision.REFUSE, input.refusalGround(), input.refusalReason().trim(), null, Outcome.REFUSED,
                "Afgewezen", caller);
    }

    private Answer grantAccess(SubjectRequest request, PersonInCases person, Caller caller) {
        if (person == null) {
            return record(request, Decision.GRANT, null, null, null, Outcome.NO_DATA_HELD,
                    "In deze regio zijn geen gegevens over deze persoon vastgelegd", caller);
        }
        if (accessLogQueries.exportsSince(person.subjectIds(), request.getRegisteredAt()) == 0) {
            throw new InvalidInputException(List.of(new FieldError(SubjectRequestProcess.REQUEST_DECISION,
                    "Maak eerst de export (/api/subjects/" + request.getSubjectId() + "/export) en stuur die aan de betrokkene")));
        }
        return record(request, Decision.GRANT, null, null, null, Outcome.EXPORT_PROVIDED,
                "Export verstrekt over " + person.cases().size() + " casus(sen)", caller);
    }

    private Answer correct(SubjectRequest request, PersonInCases person, DecisionInput input, Caller caller, AccessLog.Channel channel) {
        requirePerson(person);
        CorrectableField field = CorrectableField.byKey(input.correctionField()).orElseThrow(() -> new InvalidInputException(List.of(
                new FieldError(SubjectRequestProcess.CORRECTION_FIELD, "Kies het gegeven dat gecorrigeerd wordt"))));
        Object value = field.parse(input.correctionValue(), today(), SubjectRequestProcess.CORRECTION_VALUE);
        for (Subject row : person.rows()) {
            jdbc.update("update vh_case_subject set " + field.column() + " = ? where id = ?", value, row.getId());
            accessLog.record(caller.userId(), caller.groups(), person.caseNumberOf(row.getCaseId()), row.getId(), AccessAction.UPDATE,
                    channel, "correctie op verzoek " + request.getRequestNumber() + ": " + field.label());
        }
        return record(request, Decision.GRANT, null, null, field.key(), Outcome.CORRECTED,
                "De " + field.label() + " is gecorrigeerd in " + person.rows().size() + " rij(en) van " + person.cases().size()
                        + " casus(sen)", caller);
    }

    private Answer erase(SubjectRequest request, PersonInCases person, DecisionInput input, Caller caller, AccessLog.Channel channel) {
        requirePerson(person);
        if (blank(input.erasureGround()) || !ERASURE_GROUNDS.contains(input.erasureGround())) {
            throw new InvalidInputException(List.of(new FieldError(SubjectRequestProcess.ERASURE_GROUND,
                    "Kies de wettelijke grond voor het wissen (art. 17 lid 1 AVG)")));
        }
        ErasurePlan plan = ErasurePlan.of(person.rows().stream()
                .map(row -> new ErasurePlan.Row(row.getId(), row.getCaseId(), person.caseNumberOf(row.getCaseId()),
                        person.casesById().get(row.getCaseId()).isActive()))
                .toList());
        for (ErasurePlan.Row row : plan.erase()) {
            for (CaseDataDestroyer destroyer : destroyers) {
                destroyer.erasePerson(row.caseId(), row.subjectId());
            }
            entityManager.flush();
            List<String> remaining = references.remainingOfPerson(row.subjectId());
            if (!remaining.isEmpty()) {
                throw new InvalidInputException(List.of(new FieldError(SubjectRequestProcess.REQUEST_DECISION,
                        "Wissen lukt niet: gegevens van deze persoon worden nog gebruikt in " + String.join(", ", remaining)
                                + "; meld dit aan de beheerder of wijs het verzoek af")));
            }
            jdbc.update("delete from vh_case_subject where id = ?", row.subjectId());
            accessLog.record(caller.userId(), caller.groups(), row.caseNumber(), row.subjectId(), AccessAction.DELETE, channel,
                    "gewist op verzoek " + request.getRequestNumber());
        }
        String detail = plan.erase().isEmpty() ? plan.keptReason()
                : plan.keep().isEmpty() ? plan.erasedDetail() : plan.erasedDetail() + ". " + plan.keptReason();
        return record(request, Decision.GRANT, input.erasureGround(), plan.keptReason(), null, plan.outcome(), detail, caller);
    }

    private Answer record(SubjectRequest request, Decision decision, String legalGround, String refusalReason, String correctionField,
            Outcome outcome, String detail, Caller caller) {
        request.decide(decision, legalGround, refusalReason, correctionField, outcome, detail, caller.userId(), clock.instant());
        return new Answer(outcome, detail);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private static void requirePerson(PersonInCases person) {
        if (person == null || person.rows().isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError(SubjectRequestProcess.REQUEST_DECISION,
                    "Er zijn in deze regio geen gegevens van deze persoon (meer): wijs het verzoek af en leg uit waarom")));
        }
    }

    private static boolean mayHandle(Caller caller, String region) {
        return caller.isMemberOf(Groups.PROCESS_DIRECTION) && caller.belongsTo(region);
    }

    private static void checkProcessDirection(Caller caller, String region) {
        if (!mayHandle(caller, region)) {
            throw new NotPermittedException("Alleen procesregie van regio '" + region + "' behandelt verzoeken van betrokkenen");
        }
    }

    /** {@code VB-<year>-<6 digits>} (verzoek van betrokkene) from the record's id. */
    static String number(long id, Instant now) {
        int year = ZonedDateTime.ofInstant(now, RequestDeadlines.NETHERLANDS).getYear();
        return String.format("VB-%04d-%06d", year, id % 1_000_000);
    }

    private LocalDate today() {
        return clock.instant().atZone(RequestDeadlines.NETHERLANDS).toLocalDate();
    }

    /** Parses an enum value; adds the error to the list, or throws it when there is no list. */
    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, String message, List<FieldError> errors) {
        E parsed = blank(value) ? null : Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value.trim())).findFirst()
                .orElse(null);
        if (parsed == null) {
            FieldError error = new FieldError(field, message);
            if (errors == null) {
                throw new InvalidInputException(List.of(error));
            }
            errors.add(error);
        }
        return parsed;
    }

    private static LocalDate parseDate(String value, String field, String missing, List<FieldError> errors) {
        if (blank(value)) {
            errors.add(new FieldError(field, missing));
            return null;
        }
        try {
            return LocalDate.parse(value.trim().length() > 10 ? value.trim().substring(0, 10) : value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Geef een datum als jjjj-mm-dd"));
            return null;
        }
    }

    private static void length(List<FieldError> errors, String field, String value) {
        if (value != null && value.length() > TEXT_MAX) {
            errors.add(new FieldError(field, "Maximaal " + TEXT_MAX + " tekens"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
