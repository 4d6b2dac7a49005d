package nl.veiligheidshuis.process.support;

import static nl.veiligheidshuis.casefile.CaseVariables.*;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.veiligheidshuis.intake.CaseIntakeProcess;

/**
 * What the intake's {@code registerReferralDelegate} makes of a referral: the case's ids, the intake outcome and
 * the decision inputs. The defaults describe a person case that meets all four complexity criteria (§4.2) with
 * normal priority; the scenario methods change one thing each.
 */
public final class Referral {

    public static final String NEW_CASE_NUMBER = "VH-2026-000123";
    public static final Long NEW_CASE_ID = 123L;
    public static final String REGION_UTRECHT = "utrecht";

    private String caseNumber = NEW_CASE_NUMBER;
    private String intakeOutcome = CaseIntakeProcess.OUTCOME_NEW;
    private String linkedCaseNumber;
    private String otherRegionHit;
    private String referringPartner = "politie";
    private final Map<String, Object> decisionInputs = new LinkedHashMap<>();
    private String invalidMessage;

    private Referral() {
        decisionInputs.put(CASE_TYPE, "PERSON");
        decisionInputs.put(ROUTE, "PARTNER");
        decisionInputs.put(LIFE_DOMAIN_COUNT, 4);
        decisionInputs.put(CRIMINAL_OR_NUISANCE_RISK, true);
        decisionInputs.put(CHAINS_NEEDED, 3);
        decisionInputs.put(COERCION_OR_PRESSURE_NEEDED, true);
        decisionInputs.put(SINGLE_CHAIN_SOLVABLE, false);
        decisionInputs.put(PROVEN_STANDARD_APPROACH, false);
        decisionInputs.put(SYSTEM_IMPACT, true);
        decisionInputs.put(SERIOUS_AREA_SAFETY_ISSUE, false);
        decisionInputs.put(ACUTE_SAFETY_RISK, false);
        decisionInputs.put(MINOR_INVOLVED, false);
        decisionInputs.put(MATCHES_REGIONAL_PRIORITY, false);
    }

    /** A person case that meets all complexity criteria, referred by the police, normal priority. */
    public static Referral complexCase() {
        return new Referral();
    }

    /** One chain can solve it: complexity-criteria says NOT_COMPLEX_SINGLE_CHAIN. */
    public Referral solvableInOneChain() {
        return with(SINGLE_CHAIN_SOLVABLE, true);
    }

    /** Came from the ZSM table: screened within three days, refused cases go back to ZSM. */
    public Referral fromZsm() {
        return with(ROUTE, "ZSM");
    }

    public Referral withAcuteSafetyRisk() {
        return with(ACUTE_SAFETY_RISK, true);
    }

    /** A person or family already in an active case of the region: the referral joins that case. */
    public Referral joiningActiveCase(String existingCaseNumber) {
        this.intakeOutcome = CaseIntakeProcess.OUTCOME_LINKED;
        this.linkedCaseNumber = existingCaseNumber;
        this.caseNumber = existingCaseNumber;
        return this;
    }

    /** A subject is active in a case of another region: a hit without details. */
    public Referral knownInRegion(String otherRegion) {
        this.otherRegionHit = otherRegion;
        return this;
    }

    public Referral referredBy(String partnerGroup) {
        this.referringPartner = partnerGroup;
        return this;
    }

    /** The register delegate rejects the referral (a validation failure). */
    public Referral invalid(String message) {
        this.invalidMessage = message;
        return this;
    }

    public Referral with(String variable, Object value) {
        decisionInputs.put(variable, value);
        return this;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String referringPartner() {
        return referringPartner;
    }

    public boolean isNew() {
        return CaseIntakeProcess.OUTCOME_NEW.equals(intakeOutcome);
    }

    String invalidMessage() {
        return invalidMessage;
    }

    /** The variables the register delegate leaves in the process: what {@code case-screening} starts with. */
    public Map<String, Object> registeredVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(REGION, REGION_UTRECHT);
        variables.put(CASE_ID, NEW_CASE_ID);
        variables.put(CASE_NUMBER, caseNumber);
        variables.put(REFERRING_PARTNER, referringPartner);
        variables.put(INTAKE_OUTCOME, intakeOutcome);
        variables.put(LINKED_CASE_NUMBER, linkedCaseNumber);
        variables.put(OTHER_REGION_HIT, otherRegionHit);
        variables.putAll(decisionInputs);
        return variables;
    }
}
