package nl.veiligheidshuis.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.casefile.Subject;
import nl.veiligheidshuis.organisation.Groups;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rights of a data subject as process direction exercises them for the person (design.md: data-subject
 * requests, access log): the "who saw or changed my data" report and the export of everything held on the person.
 * Only process direction of the region of the person's case may ask; each answer is logged on every case it covers.
 */
@Service
public class SubjectRights {

    static final String PURPOSE_REPORT = "verslag 'wie zag of wijzigde mijn gegevens' voor betrokkene";
    static final String PURPOSE_EXPORT = "export van alle gegevens voor betrokkene (inzage)";
    static final String REVIEW_NOTE = "Controleer deze export vóór verzending: vrije teksten van de casus (aanmelding, bijdragen) kunnen "
            + "gegevens van gezinsleden of anderen bevatten (art. 15 lid 4 AVG), en gegevens waarvoor een beperking geldt (art. 41 UAVG, "
            + "bijvoorbeeld een lopend strafrechtelijk onderzoek) laat u weg met vermelding van de grond. Andere regio's in "
            + "'alsoKnownInRegions' beantwoorden het verzoek voor hun eigen casussen.";

    /** One read or change of the person's data, as the report shows it. */
    public record AccessReportEntry(Instant occurredAt, String userId, String organisation, String caseNumber, Long subjectId,
            String action, String channel, String purpose) {
    }

    public record AccessReport(Long subjectId, Instant generatedAt, List<String> cases, List<String> alsoKnownInRegions,
            List<AccessReportEntry> entries) {
    }

    /** Everything held on the person; {@code reviewNote} reminds process direction what to check before sending it. */
    public record Export(Long subjectId, Instant generatedAt, String generatedBy, List<String> cases, List<String> alsoKnownInRegions,
            String reviewNote, Map<String, Object> sections) {
    }

    private final PersonRecords records;
    private final AccessLogQueries accessLogQueries;
    private final AccessLog accessLog;
    private final List<SubjectExportSection> sections;
    private final Clock clock;

    SubjectRights(PersonRecords records, AccessLogQueries accessLogQueries, AccessLog accessLog, ObjectProvider<SubjectExportSection> sections,
            Clock clock) {
        this.records = records;
        this.accessLogQueries = accessLogQueries;
        this.accessLog = accessLog;
        this.clock = clock;
        List<SubjectExportSection> all = new ArrayList<>(sections.stream().toList());
        AnnotationAwareOrderComparator.sort(all);
        Set<String> names = new HashSet<>();
        for (SubjectExportSection section : all) {
            if (!names.add(section.name())) {
                throw new IllegalStateException("Two export sections are named '" + section.name() + "'");
            }
        }
        this.sections = List.copyOf(all);
    }

    @Transactional
    public AccessReport accessReport(Long subjectId, Caller caller, AccessLog.Channel channel) {
        PersonInCases person = personFor(subjectId, caller);
        List<AccessReportEntry> entries = accessLogQueries.about(person.caseNumbers(), person.subjectIds()).stream()
                .map(e -> new AccessReportEntry(e.getOccurredAt(), e.getUserId(), e.getOrganisation(), e.getCaseNumber(), e.getSubjectId(),
                        e.getAction(), e.getChannel(), e.getPurpose()))
                .toList();
        logPerCase(person, caller, AccessAction.READ, channel, PURPOSE_REPORT);
        return new AccessReport(subjectId, clock.instant(), person.caseNumbers(), person.otherRegions(), entries);
    }

    @Transactional
    public Export export(Long subjectId, Caller caller, AccessLog.Channel channel) {
        PersonInCases person = personFor(subjectId, caller);
        Map<String, Object> content = new LinkedHashMap<>();
        for (SubjectExportSection section : sections) {
            content.put(section.name(), section.export(person));
        }
        logPerCase(person, caller, AccessAction.EXPORT, channel, PURPOSE_EXPORT);
        return new Export(subjectId, clock.instant(), caller.userId(), person.caseNumbers(), person.otherRegions(), REVIEW_NOTE, content);
    }

    /** The person, when the caller is process direction of the region of the row asked for. */
    PersonInCases personFor(Long subjectId, Caller caller) {
        if (!caller.isMemberOf(Groups.PROCESS_DIRECTION)) {
            throw new NotPermittedException("Alleen procesregie van de regio van de betrokkene kan dit opvragen");
        }
        Subject anchor = records.row(subjectId).orElseThrow(() -> new SubjectNotFoundException(subjectId));
        CaseFile caseFile = records.caseOf(anchor).orElseThrow(() -> new SubjectNotFoundException(subjectId));
        if (!caller.belongsTo(caseFile.getRegionId())) {
            throw new NotPermittedException("Deze betrokkene is bekend in een andere regio; de procesregie van die regio is het aanspreekpunt");
        }
        return records.person(anchor, caller.regions());
    }

    private void logPerCase(PersonInCases person, Caller caller, AccessAction action, AccessLog.Channel channel, String purpose) {
        for (CaseFile caseFile : person.cases()) {
            accessLog.record(caller.userId(), caller.groups(), caseFile.getCaseNumber(), person.rowIn(caseFile.getId()).getId(), action,
                    channel, purpose);
        }
    }
}
