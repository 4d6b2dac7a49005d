package nl.veiligheidshuis.decisions;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toSet;
import static nl.veiligheidshuis.decisions.DecisionTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veiligheidshuis.decisions.DecisionTables.Evaluation;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code partner-selection}: only the partners a case needs (§5.5.3). COLLECT gives one row per matching rule, so a
 * partner asked for by two rules appears twice, always with the same attendance; consumers de-duplicate.
 */
class PartnerSelectionTest {

    private static final String DECISION_ID = "partner-selection";
    private static final List<String> INDICATORS = List.of("minorInvolved", "domesticViolence",
            "detentionOrRecentRelease", "probationSupervision", "runningCriminalCase", "publicOrderNuisance",
            "mentalHealthProblems", "addictionProblems", "intellectualDisability", "housingProblems",
            "schoolAttendanceProblems", "incomeDebtProblems");
    private static final List<String> ALL_PARTNERS = List.of("gemeente", "om", "politie", "reclassering", "dji",
            "rvdk", "jeugdzorg", "ggz", "gehandicaptenzorg", "woningcorporatie", "leerplicht", "uwv",
            "maatschappelijk-werk");
    private static final String MUNICIPALITY = "gemeente=REQUIRED";

    private static DmnDecision decision;

    @BeforeAll
    static void parseTable() {
        decision = DecisionTables.parse(DECISION_ID);
    }

    @Test
    void tableFollowsTheHouseConventionsAndTheContractOfDesignMd() {
        List<String> inputs = new ArrayList<>(List.of("caseType"));
        inputs.addAll(INDICATORS);
        DecisionTables.assertFollowsConventions(DECISION_ID, HitPolicy.COLLECT, inputs,
                List.of("partner", "attendance"));
    }

    @Test
    void caseWithoutIndicatorsNeedsOnlyTheMunicipality() {
        Evaluation evaluation = evaluate(decision, indicators("PERSON"));

        assertThat(invitations(evaluation)).containsExactly(MUNICIPALITY);
        assertThat(evaluation.matchedRules()).containsExactly("Rule_MunicipalityAlwaysRequired");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # scenario                                                     | indicator set alone       | partners besides the municipality
        a minor brings the child protection board and youth care        | minorInvolved             | rvdk=REQUIRED, jeugdzorg=REQUIRED
        domestic violence brings the police                             | domesticViolence          | politie=REQUIRED
        detention or recent release brings the prison service           | detentionOrRecentRelease  | dji=REQUIRED
        probation supervision brings the probation service              | probationSupervision      | reclassering=REQUIRED
        a running criminal case brings the public prosecutor            | runningCriminalCase       | om=REQUIRED
        public-order nuisance brings the police                         | publicOrderNuisance       | politie=REQUIRED
        mental-health problems bring mental-health care                 | mentalHealthProblems      | ggz=REQUIRED
        addiction problems bring mental-health care                     | addictionProblems         | ggz=REQUIRED
        an intellectual disability brings disability care               | intellectualDisability    | gehandicaptenzorg=REQUIRED
        housing problems invite the housing corporation                 | housingProblems           | woningcorporatie=OPTIONAL
        school absence brings the school attendance officer             | schoolAttendanceProblems  | leerplicht=REQUIRED
        income or debt problems invite social work and the benefits agency | incomeDebtProblems     | maatschappelijk-werk=OPTIONAL, uwv=OPTIONAL
        """)
    void eachIndicatorBringsItsOwnPartnersAndNoOthers(String scenario, String indicator, String partners) {
        Evaluation evaluation = evaluate(decision, indicators("PERSON", indicator));

        List<String> expected = new ArrayList<>(List.of(MUNICIPALITY));
        expected.addAll(Arrays.stream(partners.split(",")).map(String::trim).toList());
        assertThat(invitations(evaluation)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void areaCaseBringsThePoliceWithoutAnyIndicator() {
        Evaluation evaluation = evaluate(decision, indicators("AREA"));

        assertThat(invitations(evaluation)).containsExactlyInAnyOrder(MUNICIPALITY, "politie=REQUIRED");
    }

    @Test
    void familyWithOnlyHousingProblemsDoesNotInvitePoliceProsecutorOrCare() {
        Evaluation evaluation = evaluate(decision, indicators("SYSTEM", "housingProblems"));

        assertThat(partners(evaluation)).doesNotContain("politie", "om", "ggz", "jeugdzorg", "rvdk", "dji",
                "reclassering", "gehandicaptenzorg", "leerplicht", "uwv", "maatschappelijk-werk");
    }

    @Test
    void domesticViolenceWithNuisanceAsksForThePoliceTwiceWithTheSameAttendance() {
        Evaluation evaluation = evaluate(decision, indicators("PERSON", "domesticViolence", "publicOrderNuisance"));

        // documented duplicate: two rules ask for the police; consumers de-duplicate on partner
        assertThat(invitations(evaluation)).containsExactlyInAnyOrder(MUNICIPALITY, "politie=REQUIRED",
                "politie=REQUIRED");
        assertThat(evaluation.matchedRules()).contains("Rule_DomesticViolenceRequiresPolice",
                "Rule_PublicOrderNuisanceRequiresPolice");
        assertThat(partners(evaluation).stream().distinct()).containsExactlyInAnyOrder("gemeente", "politie");
    }

    @Test
    void mentalHealthWithAddictionAsksForMentalHealthCareTwiceWithTheSameAttendance() {
        Evaluation evaluation = evaluate(decision, indicators("PERSON", "mentalHealthProblems", "addictionProblems"));

        // documented duplicate: two rules ask for ggz; consumers de-duplicate on partner
        assertThat(invitations(evaluation)).containsExactlyInAnyOrder(MUNICIPALITY, "ggz=REQUIRED", "ggz=REQUIRED");
    }

    @Test
    void caseWithEveryIndicatorBringsEveryPartnerAndEachPartnerHasOneAttendance() {
        Evaluation evaluation = evaluate(decision, indicators("AREA", INDICATORS.toArray(String[]::new)));

        assertThat(partners(evaluation).stream().distinct()).containsExactlyInAnyOrderElementsOf(ALL_PARTNERS);
        Map<Object, Set<Object>> attendanceByPartner = evaluation.rows().stream()
                .collect(groupingBy(row -> row.get("partner"), mapping(row -> row.get("attendance"), toSet())));
        assertThat(attendanceByPartner).allSatisfy((partner, attendances) -> assertThat(attendances)
                .as("attendance of %s over all rules", partner).hasSize(1));
        // police three times (domestic violence, nuisance, area), ggz twice: 16 rules, 13 partners
        assertThat(evaluation.rows()).hasSize(16);
    }

    @Test
    void referralOfTheDesignExampleBringsTheMunicipalityYouthPartnersPoliceProsecutorAndAttendanceOfficer() {
        Evaluation evaluation = evaluate(decision,
                indicators("PERSON", "minorInvolved", "domesticViolence", "runningCriminalCase",
                        "schoolAttendanceProblems"));

        assertThat(invitations(evaluation)).containsExactlyInAnyOrder(MUNICIPALITY, "rvdk=REQUIRED",
                "jeugdzorg=REQUIRED", "politie=REQUIRED", "om=REQUIRED", "leerplicht=REQUIRED");
    }

    @Test
    void missingIndicatorsCountAsAbsentAndNeverFail() {
        VariableMap allNull = Variables.createVariables().putValue("caseType", null);
        INDICATORS.forEach(indicator -> allNull.putValue(indicator, null));

        assertThat(invitations(evaluate(decision, allNull))).containsExactly(MUNICIPALITY);
        assertThat(invitations(evaluate(decision, Variables.createVariables()))).containsExactly(MUNICIPALITY);
    }

    /** A case of the given type with the named indicators true and all others false. */
    private static VariableMap indicators(String caseType, String... present) {
        VariableMap variables = Variables.createVariables().putValue("caseType", caseType);
        INDICATORS.forEach(indicator -> variables.putValue(indicator, false));
        for (String indicator : present) {
            assertThat(INDICATORS).contains(indicator);
            variables.putValue(indicator, true);
        }
        return variables;
    }

    private static List<String> invitations(Evaluation evaluation) {
        assertThat(evaluation.rows()).allSatisfy(row -> assertThat(row).containsOnlyKeys("partner", "attendance"));
        return evaluation.rows().stream().map(row -> row.get("partner") + "=" + row.get("attendance")).toList();
    }

    private static List<Object> partners(Evaluation evaluation) {
        return evaluation.rows().stream().map(row -> row.get("partner")).toList();
    }
}
