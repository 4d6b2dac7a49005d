package nl.veiligheidshuis.conference;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.veiligheidshuis.casefile.CaseAccess;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.casefile.CaseNotFoundException;
import nl.veiligheidshuis.casefile.CasePhase;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.Involvement;
import nl.veiligheidshuis.casefile.Involvements;
import nl.veiligheidshuis.organisation.PartnerGroup;
import nl.veiligheidshuis.organisation.PartnerGroupRepository;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case conference (§3.2, §3.3, §5.4, §5.5): stores the partner proposal and why, process direction's choice of
 * participants (each becomes involved: need to know), the planning, each partner's preparation (shared information
 * into the case file with source partner and legal basis), a partner that did not prepare, and the record with the
 * case director. Every change is written to the access log. No engine API: the delegates are the glue.
 */
@Service
public class ConferenceService {

    static final String KIND_PREPARATION = "CONFERENCE_PREPARATION";
    static final String KIND_CURRENT_INVOLVEMENT = "CURRENT_INVOLVEMENT";
    static final String ADDED_BY_PROCESS_DIRECTION = "Toegevoegd door procesregie";
    /** Why a partner's selection ended: procesregie dropped it from the proposal (its reason follows). */
    static final String DROPPED_FROM_CONFERENCE = "vervallen bij de keuze van deelnemers aan het casusoverleg";
    /** Why a partner's selection ended: a new conference without it (not proposed again, not added). */
    static final String NOT_SELECTED_AGAIN = "niet meer gekozen voor het nieuwe casusoverleg";

    /** An option of a select or checklist on a form. */
    public record Option(String label, String value) {
    }

    /** One line of the proposal as the participants form shows it. */
    public record ProposalLine(String partner, String partnerName, String attendance, String reasons) {
    }

    /** The stored proposal, with what process direction may add and drop. */
    public record ProposalView(Long conferenceId, List<ProposalLine> lines, List<Option> addable, List<Option> droppable) {
    }

    /** One participant as the record form shows it (no names of people). */
    public record OverviewLine(String partner, String partnerName, String attendance, String preparation, String mandate) {
    }

    /** What the record form needs: the overview, the participants to choose from and the proposed case director. */
    public record RecordContext(List<OverviewLine> overview, List<Option> participants, CaseDirectorProposal.Proposal proposal,
            List<String> notPreparedNames) {
    }

    private final ConferenceRepository conferences;
    private final ConferencePartnerRepository partners;
    private final CaseFiles caseFiles;
    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final Involvements involvements;
    private final PartnerGroupRepository partnerGroups;
    private final ProfessionalDirectory directory;
    private final AccessLog accessLog;
    private final Clock clock;

    ConferenceService(ConferenceRepository conferences, ConferencePartnerRepository partners, CaseFiles caseFiles, CaseFileRepository cases,
            CaseAccess access, Involvements involvements, PartnerGroupRepository partnerGroups, ProfessionalDirectory directory,
            AccessLog accessLog, Clock clock) {
        this.conferences = conferences;
        this.partners = partners;
        this.caseFiles = caseFiles;
        this.cases = cases;
        this.access = access;
        this.involvements = involvements;
        this.partnerGroups = partnerGroups;
        this.directory = directory;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Stores partner-selection's proposal, de-duplicated, with the reasons per partner. Once per process instance. */
    @Transactional
    public ProposalView propose(Long caseId, String processInstanceId, List<PartnerProposal.Hit> hits, Map<String, List<String>> reasons,
            String user) {
        Conference conference = conferences.findByProcessInstanceId(processInstanceId).orElse(null);
        if (conference == null) {
            CaseFile caseFile = caseFiles.byId(caseId);
            conference = conferences.save(new Conference(caseId, processInstanceId, clock.instant()));
            caseFiles.enterPhase(caseId, CasePhase.CONFERENCE);
            for (PartnerProposal.Entry entry : PartnerProposal.of(hits, reasons)) {
                partners.save(ConferencePartner.proposed(conference.getId(), entry));
            }
            log(user, caseFile, AccessAction.CREATE, AccessLog.Channel.PROCESS, "casusoverleg: partnervoorstel");
        }
        return proposalView(conference.getId());
    }

    /**
     * Process direction's choice: the participants become involved in the case (need to know); a partner selected
     * for an earlier conference of the case (or its former case director) that is no participant now stops being
     * involved for that reason and loses sight of the case unless another reason holds ({@link Involvements#replaceSelection}).
     *
     * @return the participants' group ids in the fixed partner order
     * @throws nl.veiligheidshuis.casefile.InvalidInputException a change without reason, dropping the municipality
     */
    @Transactional
    public List<String> chooseParticipants(Long conferenceId, Collection<String> added, Collection<String> dropped, Map<String, String> reasons,
            String user) {
        Conference conference = conference(conferenceId, ConferenceStatus.PROPOSED);
        List<ConferencePartner> rows = partners.findByConferenceIdOrderById(conferenceId);
        List<String> proposed = rows.stream().filter(ConferencePartner::isProposed).map(ConferencePartner::getPartnerGroup).toList();
        ParticipantChoice.Result choice = ParticipantChoice.decide(proposed, added, dropped, reasons, names());
        Map<String, ConferencePartner> byGroup = new HashMap<>();
        rows.forEach(row -> byGroup.put(row.getPartnerGroup(), row));
        for (ParticipantChoice.Change change : choice.changes()) {
            if (change.added()) {
                byGroup.put(change.partner(), ConferencePartner.added(conferenceId, change.partner(), change.reason()));
            } else {
                byGroup.get(change.partner()).drop(change.reason());
            }
        }
        for (String participant : choice.participants()) {
            ConferencePartner row = byGroup.get(participant);
            row.select();
            partners.save(row);
        }
        Map<String, String> dropReasons = new HashMap<>();
        choice.changes().stream().filter(change -> !change.added()).forEach(change -> dropReasons.put(change.partner(), change.reason()));
        List<String> noLongerSelected = involvements.replaceSelection(conference.getCaseId(), choice.participants(),
                partner -> dropReasons.containsKey(partner) ? DROPPED_FROM_CONFERENCE + ": " + dropReasons.get(partner)
                        : NOT_SELECTED_AGAIN);
        conference.participantsChosen(user, clock.instant());
        CaseFile caseFile = caseFiles.byId(conference.getCaseId());
        log(user, caseFile, AccessAction.UPDATE, AccessLog.Channel.TASKLIST, "casusoverleg: deelnemers gekozen");
        if (!noLongerSelected.isEmpty()) {
            List<String> inOrder = noLongerSelected.stream().sorted(ConferencePartners.IN_ORDER).toList();
            log(user, caseFile, AccessAction.UPDATE, AccessLog.Channel.TASKLIST, "casusoverleg: niet meer geselecteerd: " + String.join(", ", inOrder));
        }
        return choice.participants();
    }

    /** @throws nl.veiligheidshuis.casefile.InvalidInputException a moment in the past, no location for a meeting on site */
    @Transactional
    public ConferenceSchedule schedule(Long conferenceId, String date, String time, String mode, String location, String user) {
        Conference conference = conference(conferenceId, ConferenceStatus.PARTICIPANTS_CHOSEN);
        ConferenceSchedule schedule = ConferenceSchedule.plan(date, time, mode, location, clock.instant());
        conference.plan(schedule, user, clock.instant());
        log(user, caseFiles.byId(conference.getCaseId()), AccessAction.UPDATE, AccessLog.Channel.TASKLIST, "casusoverleg: gepland");
        return schedule;
    }

    /** What the partner shares goes into the case file with its source partner and legal basis. */
    @Transactional
    public void recordPreparation(Long conferenceId, String partner, Preparation preparation, String user) {
        Conference conference = conference(conferenceId, ConferenceStatus.SCHEDULED);
        ConferencePartner row = participant(conferenceId, partner);
        caseFiles.addContribution(conference.getCaseId(), KIND_PREPARATION, partner, user, preparation.legalBasisText(),
                preparation.information());
        caseFiles.addContribution(conference.getCaseId(), KIND_CURRENT_INVOLVEMENT, partner, user, preparation.legalBasisText(),
                preparation.currentInvolvement());
        row.prepared(preparation, user, clock.instant());
    }

    /** The deadline passed without preparation: the partner is recorded as absent; the conference goes on. */
    @Transactional
    public void markNotPrepared(Long conferenceId, String partner, String user) {
        Conference conference = conference(conferenceId, ConferenceStatus.SCHEDULED);
        participant(conferenceId, partner).notPrepared();
        log(user, caseFiles.byId(conference.getCaseId()), AccessAction.UPDATE, AccessLog.Channel.PROCESS,
                "casusoverleg: " + partner + " niet voorbereid");
    }

    /** The overview of the preparation and the proposed case director (§5.4), stored with the conference. */
    @Transactional
    public RecordContext prepareRecord(Long conferenceId) {
        Conference conference = conference(conferenceId, ConferenceStatus.SCHEDULED);
        List<ConferencePartner> participants = participants(conferenceId);
        Function<String, String> names = names();
        List<CaseDirectorProposal.Candidate> candidates = participants.stream()
                .map(p -> new CaseDirectorProposal.Candidate(p.getPartnerGroup(), p.getAttendance(), weight(p), p.getPreparationStatus()))
                .toList();
        CaseDirectorProposal.Proposal proposal = CaseDirectorProposal.propose(candidates, names);
        conference.proposeCaseDirector(proposal);
        List<OverviewLine> overview = participants.stream().map(p -> new OverviewLine(p.getPartnerGroup(), names.apply(p.getPartnerGroup()),
                p.getAttendance() == null ? ADDED_BY_PROCESS_DIRECTION : p.getAttendance().label(), p.getPreparationStatus().label(),
                p.getAttendeeHasMandate() == null ? "-" : p.getAttendeeHasMandate() ? "Ja" : "Nee")).toList();
        List<Option> options = participants.stream().map(p -> new Option(names.apply(p.getPartnerGroup()), p.getPartnerGroup())).toList();
        List<String> notPrepared = participants.stream().filter(p -> p.getPreparationStatus() == PreparationStatus.ABSENT)
                .map(p -> names.apply(p.getPartnerGroup())).toList();
        return new RecordContext(overview, options, proposal, notPrepared);
    }

    /**
     * The record of the conference and the case director; the director's partner is involved (it directs the case) and
     * the case enters its plan phase.
     *
     * @throws nl.veiligheidshuis.casefile.InvalidInputException an incomplete record, a case director without mandate or unknown
     */
    @Transactional
    public ConferenceRecord record(Long conferenceId, Collection<String> present, Collection<String> mandated, String systemAnalysis,
            String familyMembersAtRisk, String decisions, String caseDirectorPartner, String caseDirectorUser, String user) {
        Conference conference = conference(conferenceId, ConferenceStatus.SCHEDULED);
        CaseFile caseFile = caseFiles.byId(conference.getCaseId());
        List<ConferencePartner> participants = participants(conferenceId);
        ConferenceRecord record = ConferenceRecord.of(present, mandated, systemAnalysis, familyMembersAtRisk, decisions, caseDirectorPartner,
                caseDirectorUser, participants.stream().map(ConferencePartner::getPartnerGroup).toList(), caseFile.getRegionId(), directory,
                names());
        participants.forEach(p -> p.attended(record.present().contains(p.getPartnerGroup()), record.mandated().contains(p.getPartnerGroup())));
        conference.record(record, user, clock.instant());
        involvements.involve(caseFile.getId(), record.caseDirectorPartner(), Involvement.Reason.SELECTED);
        log(user, caseFile, AccessAction.UPDATE, AccessLog.Channel.TASKLIST, "casusoverleg: verslag en casusregisseur vastgelegd");
        caseFiles.enterPhase(caseFile.getId(), CasePhase.PLAN);
        return record;
    }

    /**
     * The case's latest conference as this caller may see it: 404 (not 403) when the caller may not see the case, so
     * that its existence is not revealed; the read is logged.
     */
    @Transactional
    public ConferenceView read(String caseNumber, Caller caller) {
        CaseFile caseFile = cases.findByCaseNumber(caseNumber).filter(c -> access.maySee(caller, c))
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
        Conference conference = conferences.findByCaseIdOrderByIdDesc(caseFile.getId()).stream().findFirst()
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
        accessLog.record(caller.userId(), caller.groups(), caseNumber, null, AccessAction.READ, AccessLog.Channel.API, "casusoverleg inzien");
        Function<String, String> names = names();
        List<ConferenceView.Participant> participants = partners.findByConferenceIdOrderById(conference.getId()).stream()
                .sorted((a, b) -> ConferencePartners.IN_ORDER.compare(a.getPartnerGroup(), b.getPartnerGroup()))
                .map(p -> new ConferenceView.Participant(p.getPartnerGroup(), names.apply(p.getPartnerGroup()), p.isProposed(),
                        p.getAttendance() == null ? null : p.getAttendance().name(), p.getSelectionReason(), p.isSelected(),
                        p.getChangeKind() == null ? null : p.getChangeKind().name(), p.getChangeReason(), p.getPreparationStatus().name(),
                        p.getLegalBasis() == null ? null : p.getLegalBasis().name(), p.getAttendeeName(), p.getAttendeeFunction(),
                        p.getAttendeeHasMandate(), p.getPresent(), p.getPresentWithMandate()))
                .toList();
        ConferenceView.Outcome outcome = conference.getStatus() != ConferenceStatus.HELD ? null
                : new ConferenceView.Outcome(conference.getSystemAnalysis(), conference.getFamilyMembersAtRisk(), conference.getDecisions(),
                        conference.getCaseDirectorPartner(), conference.getCaseDirectorUser(), conference.getRecordedAt());
        return new ConferenceView(caseNumber, conference.getStatus().name(), caseFile.getPhase().name(), conference.getScheduledAt(),
                conference.getMode() == null ? null : conference.getMode().name(), conference.getLocation(), conference.getPreparationDue(),
                participants, conference.getProposedCaseDirector(), conference.getCaseDirectorRationale(), outcome);
    }

    /** For people: "Gemeente, Openbaar Ministerie, Jeugdzorg". */
    @Transactional(readOnly = true)
    public String namesOf(List<String> partnerGroups) {
        Function<String, String> names = names();
        return String.join(", ", partnerGroups.stream().map(names).toList());
    }

    /** Dutch names of the partners (vh_partner_group); a group id the table does not hold is shown as it is. */
    Function<String, String> names() {
        Map<String, String> names = new HashMap<>();
        partnerGroups.findAllById(ConferencePartners.ALL).forEach((PartnerGroup group) -> names.put(group.getId(), group.getName()));
        return id -> names.getOrDefault(id, id);
    }

    private ProposalView proposalView(Long conferenceId) {
        Function<String, String> names = names();
        List<ConferencePartner> rows = partners.findByConferenceIdOrderById(conferenceId);
        List<ProposalLine> lines = rows.stream().filter(ConferencePartner::isProposed)
                .map(p -> new ProposalLine(p.getPartnerGroup(), names.apply(p.getPartnerGroup()), p.getAttendance().label(), p.getSelectionReason()))
                .toList();
        List<String> proposed = rows.stream().filter(ConferencePartner::isProposed).map(ConferencePartner::getPartnerGroup).toList();
        List<Option> addable = ConferencePartners.ALL.stream().filter(p -> !proposed.contains(p)).map(p -> new Option(names.apply(p), p)).toList();
        List<Option> droppable = proposed.stream().filter(p -> !ConferencePartners.MUNICIPALITY.equals(p))
                .map(p -> new Option(names.apply(p), p)).toList();
        return new ProposalView(conferenceId, lines, addable, droppable);
    }

    private static int weight(ConferencePartner partner) {
        if (partner.getAttendance() == null || partner.getSelectionReason() == null) {
            return 0;
        }
        return new PartnerProposal.Entry(partner.getPartnerGroup(), partner.getAttendance(),
                Arrays.asList(partner.getSelectionReason().split("; "))).weight();
    }

    private Conference conference(Long conferenceId, ConferenceStatus expected) {
        Conference conference = conferences.findById(conferenceId)
                .orElseThrow(() -> new IllegalStateException("No conference " + conferenceId));
        if (conference.getStatus() != expected) {
            throw new IllegalStateException("Conference " + conferenceId + " is " + conference.getStatus() + ", expected " + expected);
        }
        return conference;
    }

    private ConferencePartner participant(Long conferenceId, String partner) {
        ConferencePartner row = partners.findByConferenceIdAndPartnerGroup(conferenceId, partner)
                .orElseThrow(() -> new IllegalStateException(partner + " is no partner of conference " + conferenceId));
        if (!row.isSelected()) {
            throw new IllegalStateException(partner + " does not take part in conference " + conferenceId);
        }
        return row;
    }

    private List<ConferencePartner> participants(Long conferenceId) {
        return partners.findByConferenceIdOrderById(conferenceId).stream().filter(ConferencePartner::isSelected)
                .sorted((a, b) -> ConferencePartners.IN_ORDER.compare(a.getPartnerGroup(), b.getPartnerGroup())).toList();
    }

    private void log(String user, CaseFile caseFile, AccessAction action, AccessLog.Channel channel, String purpose) {
        accessLog.record(user, null, caseFile.getCaseNumber(), null, action, channel, purpose);
    }
}
