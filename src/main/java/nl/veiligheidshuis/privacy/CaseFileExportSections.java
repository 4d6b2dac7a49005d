package nl.veiligheidshuis.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.ContributionRepository;
import nl.veiligheidshuis.casefile.ReferralRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case file's own sections of the export of a person: the person's rows (never those of other people in the
 * same case), the cases, their referrals, contributions and involvement, the person's earlier requests and the
 * access log about them. Other features add their own {@link SubjectExportSection} beans.
 */
@Configuration
class CaseFileExportSections {

    record PersonRow(Long subjectId, String caseNumber, String role, String relation, String givenName, String familyName,
            LocalDate dateOfBirth, String municipality, boolean bsnRecorded) {
    }

    record CaseSummary(String caseNumber, String region, String caseType, String route, String status, String phase,
            String referringPartner, String priority, String complexityOutcome, String screeningDecision, String closeReason,
            Instant createdAt, Instant closedAt) {
    }

    record ReferralRecord(String caseNumber, String route, String channel, String referringPartner, Instant receivedAt, String summary,
            List<String> lifeDomains, boolean subjectInformed, String subjectNotInformedReason, LocalDate subjectInformedReviewDate) {
    }

    record ContributionRecord(String caseNumber, String kind, String sourcePartner, String legalBasis, String content, Instant createdAt) {
    }

    record InvolvementRecord(String caseNumber, String partner, String reason, Instant startedAt, Instant endedAt) {
    }

    record RequestRecord(String requestNumber, String kind, LocalDate receivedOn, String decision, String outcome, Instant decidedAt) {
    }

    record AccessRecord(Instant occurredAt, String userId, String organisation, String caseNumber, Long subjectId, String action,
            String channel, String purpose) {

        static AccessRecord of(AccessLogEntry e) {
            return new AccessRecord(e.getOccurredAt(), e.getUserId(), e.getOrganisation(), e.getCaseNumber(), e.getSubjectId(),
                    e.getAction(), e.getChannel(), e.getPurpose());
        }
    }

    @Bean
    SubjectExportSection subjectsSection() {
        return SubjectExportSection.of("subjects", -100, person -> {
            Map<Long, CaseFile> cases = person.casesById();
            return person.rows().stream()
                    .map(s -> new PersonRow(s.getId(), cases.get(s.getCaseId()).getCaseNumber(), s.getRole().name(), s.getRelation(),
                            s.getGivenName(), s.getFamilyName(), s.getDateOfBirth(), s.getMunicipality(), s.getBsn() != null))
                    .toList();
        });
    }

    @Bean
    SubjectExportSection casesSection() {
        return SubjectExportSection.of("cases", -90, person -> person.cases().stream()
                .map(c -> new CaseSummary(c.getCaseNumber(), c.getRegionId(), c.getCaseType().name(), c.getRoute(), c.getStatus().name(),
                        c.getPhase().name(), c.getReferringPartner(), c.getPriority(), c.getComplexityOutcome(), c.getScreeningDecision(),
                        c.getCloseReason(), c.getCreatedAt(), c.getClosedAt()))
                .toList());
    }

    @Bean
    SubjectExportSection referralsSection(ReferralRepository referrals) {
        return SubjectExportSection.of("referrals", -80, person -> person.cases().stream()
                .flatMap(c -> referrals.findByCaseIdOrderById(c.getId()).stream()
                        .map(r -> new ReferralRecord(c.getCaseNumber(), r.getRoute(), r.getChannel(), r.getReferringPartner(),
                                r.getReceivedAt(), r.getSummary(),
                                r.getLifeDomains().isBlank() ? List.of() : Arrays.asList(r.getLifeDomains().split(",")),
                                r.isSubjectInformed(), r.getSubjectNotInformedReason(), r.getSubjectInformedReviewDate())))
                .toList());
    }

    @Bean
    SubjectExportSection contributionsSection(ContributionRepository contributions) {
        return SubjectExportSection.of("contributions", -70, person -> person.cases().stream()
                .flatMap(c -> contributions.findByCaseIdOrderById(c.getId()).stream()
                        .map(k -> new ContributionRecord(c.getCaseNumber(), k.getKind(), k.getSourcePartner(), k.getLegalBasis(),
                                k.getContent(), k.getCreatedAt())))
                .toList());
    }

    @Bean
    SubjectExportSection involvementSection(InvolvementRows involvements) {
        return SubjectExportSection.of("involvement", -60, person -> involvements.inCases(person.caseIds()).stream()
                .map(i -> new InvolvementRecord(person.caseNumberOf(i.getCaseId()), i.getPartnerGroup(), i.getReason(), i.getStartedAt(),
                        i.getEndedAt()))
                .toList());
    }

    @Bean
    SubjectExportSection subjectRequestsSection(SubjectRequestRepository requests) {
        return SubjectExportSection.of("subjectRequests", -50, person -> requests.findBySubjectIdInOrderByRegisteredAt(person.subjectIds())
                .stream()
                .map(r -> new RequestRecord(r.getRequestNumber(), r.getKind().name(), r.getReceivedOn(),
                        r.getDecision() == null ? null : r.getDecision().name(), r.getOutcome() == null ? null : r.getOutcome().name(),
                        r.getDecidedAt()))
                .toList());
    }

    @Bean
    SubjectExportSection accessLogSection(AccessLogQueries accessLog) {
        return SubjectExportSection.of("accessLog", 1000, person -> accessLog.about(person.caseNumbers(), person.subjectIds()).stream()
                .map(AccessRecord::of).toList());
    }
}
