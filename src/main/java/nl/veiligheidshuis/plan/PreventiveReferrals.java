package nl.veiligheidshuis.plan;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.intake.ReferralRegistration;
import nl.veiligheidshuis.intake.DecisionInputs;
import nl.veiligheidshuis.intake.ReferralRequest;
import nl.veiligheidshuis.intake.ReferralRequest.Criteria;
import nl.veiligheidshuis.intake.ReferralRequest.Indicators;
import nl.veiligheidshuis.intake.ReferralRequest.SubjectData;
import nl.veiligheidshuis.intake.ReferralValidator;
import nl.veiligheidshuis.intake.RegistrationOutcome;
import nl.veiligheidshuis.lifecycle.CaseProcesses;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The preventive route of the system approach (§3.3, §4.3): a family member at risk that the case director named
 * gets an own case, referred by the case director's partner through the regular intake (same rules, same
 * duplicate check) and started like an API referral ({@code ReferralIntake}: register, start {@code case-lifecycle},
 * attach the process). The two cases are linked in {@code vh_linked_case}. A family member who is already in an
 * active case of the region joins that case instead, and the link points there.
 */
@Service
public class PreventiveReferrals {

    static final String ROUTE_PREVENTIVE_FAMILY = "PREVENTIVE_FAMILY";
    static final String CASE_TYPE_PERSON = "PERSON";
    static final int ADULT_AGE = 18;

    private final ReferralRegistration registration;
    private final ReferralValidator validator;
    private final CaseProcesses processes;
    private final CaseFiles caseFiles;
    private final PlanRepository plans;
    private final FamilyMemberRepository familyMembers;
    private final LinkedCaseRepository links;
    private final AccessLog accessLog;
    private final ObjectMapper json;
    private final Clock clock;

    PreventiveReferrals(ReferralRegistration registration, ReferralValidator validator, CaseProcesses processes, CaseFiles caseFiles,
            PlanRepository plans, FamilyMemberRepository familyMembers, LinkedCaseRepository links, AccessLog accessLog, ObjectMapper json,
            Clock clock) {
        this.registration = registration;
        this.validator = validator;
        this.processes = processes;
        this.caseFiles = caseFiles;
        this.plans = plans;
        this.familyMembers = familyMembers;
        this.links = links;
        this.accessLog = accessLog;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Registers the preventive case of the family member named in a plan version, as the case director's partner,
     * and starts its lifecycle. Runs once: a retry after success finds the family member registered.
     *
     * @return the case number of the preventive case (or of the active case the referral joined)
     */
    @Transactional
    public String register(Long caseId, int version, String directorPartner) {
        Plan plan = plans.findByCaseIdAndVersion(caseId, version)
                .orElseThrow(() -> new IllegalStateException("No version " + version + " of the plan of case " + caseId));
        FamilyMember member = familyMembers.findByPlanId(plan.getId()).filter(m -> m.getApproach() == FamilyMember.Approach.OWN_CASE)
                .orElseThrow(() -> new IllegalStateException("Version " + version + " of case " + caseId + " names no family member for an own case"));
        if (member.getStatus() == FamilyMember.Status.REGISTERED) {
            return caseFiles.byId(member.getLinkedCaseId()).getCaseNumber();
        }
        CaseFile caseFile = caseFiles.byId(caseId);
        ReferralRequest referral = referral(caseFile, input(member), directorPartner, today());
        Caller referrer = new Caller(plan.getCreatedBy(), List.of(directorPartner), List.of(caseFile.getRegionId()));
        RegistrationOutcome outcome = registration.register(referral, referrer, AccessLog.Channel.PROCESS);
        if (outcome.caseId().equals(caseId)) {
            throw new IllegalStateException("The preventive referral of case " + caseFile.getCaseNumber() + " joined that same case");
        }
        if (!outcome.linked()) {
            String processInstanceId = processes.startCase(outcome.caseNumber(), DecisionInputs.of(referral, outcome));
            caseFiles.attachProcess(outcome.caseId(), processInstanceId);
        }
        Instant now = clock.instant();
        if (!links.existsByCaseIdAndLinkedCaseId(caseId, outcome.caseId())) {
            links.save(new LinkedCase(caseId, outcome.caseId(), outcome.linked() ? LinkedCase.Reason.PREVENTIVE_FAMILY_JOINED
                    : LinkedCase.Reason.PREVENTIVE_FAMILY_CASE, plan.getId(), plan.getCreatedBy(), now));
        }
        member.registered(outcome.caseId(), now);
        accessLog.record(plan.getCreatedBy(), referrer.groups(), caseFile.getCaseNumber(), null, AccessAction.UPDATE, AccessLog.Channel.PROCESS,
                "preventieve casus " + outcome.caseNumber() + " voor een gezinslid gekoppeld");
        return outcome.caseNumber();
    }

    /** The intake's own rules on the referral this family member would become, as Dutch messages (empty when fine). */
    List<String> check(CaseFile caseFile, FamilyMemberInput member, String directorPartner, LocalDate today) {
        return validator.validate(referral(caseFile, member, directorPartner, today)).stream().map(FieldError::message).toList();
    }

    String criteriaJson(FamilyMemberInput member) {
        try {
            return json.writeValueAsString(criteria(member));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the criteria of a preventive referral", e);
        }
    }

    /** The referral of design.md for the family member: a person case on the preventive route, by the director's partner. */
    static ReferralRequest referral(CaseFile caseFile, FamilyMemberInput member, String directorPartner, LocalDate today) {
        String relation = member.relation() == null ? "gezinslid" : PlanVocabulary.RELATIONS.getOrDefault(member.relation(), member.relation());
        String summary = "Preventieve aanmelding vanuit het plan van aanpak van casus " + caseFile.getCaseNumber() + " (" + relation.toLowerCase()
                + " van de betrokkene): " + member.reason();
        boolean minor = member.dateOfBirth() != null && Period.between(member.dateOfBirth(), today).getYears() < ADULT_AGE;
        Indicators indicators = new Indicators(minor, false, false, false, false, false, false, false, false, false, false, false, false, false);
        boolean informed = Boolean.TRUE.equals(member.informed());
        return new ReferralRequest(caseFile.getRegionId(), ROUTE_PREVENTIVE_FAMILY, CASE_TYPE_PERSON, directorPartner, summary,
                List.of(new SubjectData("SUBJECT", null, member.givenName(), member.familyName(), member.dateOfBirth(), null, null)), null,
                member.lifeDomains(), criteria(member), indicators, informed, informed ? null : member.notInformedReason(), null, null);
    }

    /** The family member lives with the case's family: the system is affected; no area-bound problem. */
    static Criteria criteria(FamilyMemberInput member) {
        return new Criteria(Boolean.TRUE.equals(member.criminalOrNuisanceRisk()), member.chainsNeeded(),
                Boolean.TRUE.equals(member.coercionOrPressureNeeded()), Boolean.TRUE.equals(member.singleChainSolvable()),
                Boolean.TRUE.equals(member.provenStandardApproach()), true, false);
    }

    private FamilyMemberInput input(FamilyMember member) {
        Criteria criteria;
        try {
            criteria = json.readValue(member.getCriteriaJson(), Criteria.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable criteria of family member " + member.getId(), e);
        }
        List<String> domains = member.getLifeDomains() == null || member.getLifeDomains().isEmpty() ? List.of()
                : Arrays.asList(member.getLifeDomains().split(","));
        return new FamilyMemberInput(member.getGivenName(), member.getFamilyName(), member.getDateOfBirth(), member.getRelation(),
                ActionPlanProcess.APPROACH_OWN_CASE, member.getReferralReason(), domains, criteria.criminalOrNuisanceRisk(),
                criteria.chainsNeeded(), criteria.coercionOrPressureNeeded(), criteria.singleChainSolvable(), criteria.provenStandardApproach(),
                member.getSubjectInformed(), member.getNotInformedReason());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PlanService.NETHERLANDS));
    }
}
