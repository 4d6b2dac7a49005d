package nl.veiligheidshuis.intake;

import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseNumbers;
import nl.veiligheidshuis.casefile.CaseStatus;
import nl.veiligheidshuis.casefile.CaseType;
import nl.veiligheidshuis.casefile.Involvement;
import nl.veiligheidshuis.casefile.Involvements;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.casefile.Referral;
import nl.veiligheidshuis.casefile.ReferralRepository;
import nl.veiligheidshuis.casefile.Subject;
import nl.veiligheidshuis.casefile.SubjectRepository;
import nl.veiligheidshuis.casefile.SubjectRole;
import nl.veiligheidshuis.intake.ReferralRequest.SubjectData;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a referral in the case file (§4.3): checks it, checks the caller may refer for that partner and
 * region, and joins it to the region's active case of the same person or family (one family, one plan) or
 * opens a new case. Knows nothing of the engine.
 */
@Service
public class ReferralRegistration {

    /** Until then the referring partner looks again at informing the subject, when no date was given. */
    static final int DEFAULT_INFORM_REVIEW_DAYS = 28;
    static final Set<CaseStatus> ACTIVE = EnumSet.copyOf(
            java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::isActive).toList());

    private final ReferralValidator validator;
    private final CaseNumbers caseNumbers;
    private final CaseFileRepository cases;
    private final SubjectRepository subjects;
    private final ReferralRepository referrals;
    private final Involvements involvements;
    private final AccessLog accessLog;
    private final ObjectMapper json;
    private final Clock clock;

    ReferralRegistration(ReferralValidator validator, CaseNumbers caseNumbers, CaseFileRepository cases, SubjectRepository subjects,
            ReferralRepository referrals, Involvements involvements, AccessLog accessLog, ObjectMapper json, Clock clock) {
        this.validator = validator;
        this.caseNumbers = caseNumbers;
        this.cases = cases;
        this.subjects = subjects;
        this.referrals = referrals;
        this.involvements = involvements;
        this.accessLog = accessLog;
        this.json = json;
        this.clock = clock;
    }

    /** Validation first (400), then permission (403): a caller learns nothing of a region before its input is right. */
    public void check(ReferralRequest referral, Caller caller) {
        List<FieldError> errors = validator.validate(referral);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!caller.belongsTo(referral.region())) {
            throw new NotPermittedException("U werkt niet in regio '" + referral.region() + "'");
        }
        if (!caller.isMemberOf(referral.referringPartner())) {
            throw new NotPermittedException("U kunt niet aanmelden namens '" + referral.referringPartner() + "'");
        }
    }

    @Transactional
    public RegistrationOutcome register(ReferralRequest referral, Caller caller, AccessLog.Channel channel) {
        check(referral, caller);
        Instant now = clock.instant();
        List<CaseFile> knownCases = activeCasesOf(referral);
        Optional<CaseFile> sameRegion = knownCases.stream().filter(c -> c.getRegionId().equals(referral.region())).findFirst();
        String otherRegionHit = knownCases.stream().map(CaseFile::getRegionId).filter(r -> !r.equals(referral.region())).findFirst()
                .orElse(null);
        if (sameRegion.isPresent()) {
            CaseFile existing = sameRegion.get();
            addNewPeople(existing.getId(), referral);
            saveReferral(existing.getId(), referral, caller, channel, now, true);
            involvements.involve(existing.getId(), referral.referringPartner(), Involvement.Reason.REFERRER);
            accessLog.record(caller.userId(), caller.groups(), existing.getCaseNumber(), null, AccessAction.UPDATE, channel,
                    "aanmelding gekoppeld aan bestaande casus");
            return new RegistrationOutcome(existing.getId(), existing.getCaseNumber(), true, otherRegionHit);
        }
        CaseFile created = new CaseFile(caseNumbers.next(), referral.region(), CaseType.valueOf(referral.caseType()), referral.route(),
                referral.referringPartner(), now);
        if (referral.area() != null && created.getCaseType() == CaseType.AREA) {
            created.describeArea(referral.area().name(), referral.area().municipality(), referral.area().theme());
        }
        created.noteOtherRegionHit(otherRegionHit);
        created = cases.save(created);
        addNewPeople(created.getId(), referral);
        saveReferral(created.getId(), referral, caller, channel, now, false);
        involvements.involve(created.getId(), referral.referringPartner(), Involvement.Reason.REFERRER);
        accessLog.record(caller.userId(), caller.groups(), created.getCaseNumber(), null, AccessAction.CREATE, channel, "aanmelding");
        return new RegistrationOutcome(created.getId(), created.getCaseNumber(), false, otherRegionHit);
    }

    /** Active cases, in any region, in which one of the referral's people already is. */
    List<CaseFile> activeCasesOf(ReferralRequest referral) {
        Set<CaseFile> found = new LinkedHashSet<>();
        for (SubjectData person : referral.subjectsOrEmpty()) {
            if (person.bsn() != null) {
                found.addAll(cases.findActiveByBsn(person.bsn(), ACTIVE));
            } else if (person.dateOfBirth() != null) {
                found.addAll(cases.findActiveByPerson(person.givenName().trim(), person.familyName().trim(), person.dateOfBirth(), ACTIVE));
            }
        }
        return new ArrayList<>(found);
    }

    private void addNewPeople(Long caseId, ReferralRequest referral) {
        List<Subject> present = subjects.findByCaseIdOrderById(caseId);
        for (SubjectData person : referral.subjectsOrEmpty()) {
            boolean known = present.stream().anyMatch(p -> samePerson(p, person));
            if (!known) {
                present.add(subjects.save(new Subject(caseId, SubjectRole.valueOf(person.role()), person.relation(), person.givenName().trim(),
                        person.familyName().trim(), person.dateOfBirth(), person.bsn(), person.municipality())));
            }
        }
    }

    private static boolean samePerson(Subject known, SubjectData person) {
        if (known.getBsn() != null && person.bsn() != null) {
            return known.getBsn().equals(person.bsn());
        }
        return known.getGivenName().equalsIgnoreCase(person.givenName().trim())
                && known.getFamilyName().equalsIgnoreCase(person.familyName().trim())
                && java.util.Objects.equals(known.getDateOfBirth(), person.dateOfBirth());
    }

    private void saveReferral(Long caseId, ReferralRequest referral, Caller caller, AccessLog.Channel channel, Instant now, boolean linked) {
        boolean informed = Boolean.TRUE.equals(referral.subjectInformed());
        LocalDate review = informed ? null
                : Optional.ofNullable(referral.subjectInformedReviewDate())
                        .orElse(LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).plusDays(DEFAULT_INFORM_REVIEW_DAYS));
        Referral saved = new Referral(caseId, referral.route(), channel.name(), referral.referringPartner(), caller.userId(), now,
                referral.summary(), String.join(",", referral.lifeDomains() == null ? List.of() : referral.lifeDomains()),
                toJson(referral.criteria()), toJson(referral.indicatorsOrNone()), informed,
                informed ? null : referral.subjectNotInformedReason(), review, linked);
        if (informed) {
            saved.informedOn(referral.subjectInformedOn());
        }
        referrals.save(saved);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise referral part", e);
        }
    }

    /** The distinct life domains of a referral, for the lifeDomainCount decision input. */
    static int lifeDomainCount(ReferralRequest referral) {
        return referral.lifeDomains() == null ? 0 : referral.lifeDomains().stream().collect(Collectors.toSet()).size();
    }
}
