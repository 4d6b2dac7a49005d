package nl.veiligheidshuis.decisions;

import static nl.veiligheidshuis.decisions.DecisionTables.evaluate;
import static nl.veiligheidshuis.decisions.DecisionTables.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.decisions.DecisionTables.Evaluation;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code complexity-criteria}: the four criteria of §4.2 of the national framework, and the referral advice. */
class ComplexityCriteriaTest {

    private static final String DECISION_ID = "complexity-criteria";
    private static final List<String> INPUTS = List.of("caseType", "route", "lifeDomainCount",
            "criminalOrNuisanceRisk", "chainsNeeded", "coercionOrPressureNeeded", "singleChainSolvable",
            "provenStandardApproach", "systemImpact", "seriousAreaSafetyIssue");
    private static final List<String> OUTPUTS = List.of("complexityOutcome", "referralAdvice", "rationale");

    private static DmnDecision decision;

    @BeforeAll
    static void parseTable() {
        decision = DecisionTables.parse(DECISION_ID);
    }

    @Test
    void tableFollowsTheHouseConventionsAndTheContractOfDesignMd() {
        DecisionTables.assertFollowsConventions(DECISION_ID, HitPolicy.FIRST, INPUTS, OUTPUTS);
    }

    // An empty cell is a missing (null) answer.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # scenario                                                          | caseType | route               | domains | risk  | chains | coercion | single | standard | system | area  | outcome                       | advice          | rule                                    | rationale mentions
        clear complex person case goes to the Veiligheidshuis               | PERSON   | PARTNER             | 4       | true  | 3      | true     | false  | false    | true   | false | COMPLEX                       | VEILIGHEIDSHUIS | Rule_ComplexPersonCase                  | persoonsgerichte casus hoort in het Veiligheidshuis
        clear complex family system case goes to the Veiligheidshuis        | SYSTEM   | PREVENTIVE_FAMILY   | 5       | true  | 3      | true     | false  | false    | true   | false | COMPLEX                       | VEILIGHEIDSHUIS | Rule_ComplexSystemCase                  | één gezin, één plan, één regisseur
        complex case referred by the ZSM table stays complex                | PERSON   | ZSM                 | 3       | true  | 2      | true     | false  | false    | true   | false | COMPLEX                       | VEILIGHEIDSHUIS | Rule_ComplexPersonCase                  | Aan alle criteria
        exactly two life domains and two chains are enough                  | PERSON   | CRIMINAL_TRAJECTORY | 2       | true  | 2      | true     | false  | false    | true   | false | COMPLEX                       | VEILIGHEIDSHUIS | Rule_ComplexPersonCase                  | meer dan één leefgebied
        care trajectory that needs coercion escalates as complex            | SYSTEM   | CARE_TRAJECTORY     | 3       | true  | 3      | true     | false  | false    | true   | false | COMPLEX                       | VEILIGHEIDSHUIS | Rule_ComplexSystemCase                  | dwang en drang
        serious area problem is complex without life domains or chains      | AREA     | AREA_SIGNAL         |         |       |        |          | false  | false    |        | true  | COMPLEX                       | VEILIGHEIDSHUIS | Rule_SeriousAreaSafetyIssue             | ketenoverstijgende aanpak
        area signal without a serious safety issue stays with the municipality | AREA  | AREA_SIGNAL         |         |       | 2      |          | false  | false    |        | false | NOT_COMPLEX_CRITERIA_NOT_MET  | OWN_CHAIN       | Rule_AreaWithoutSeriousSafetyIssue      | reguliere lokale aanpak
        only one life domain leaves bilateral cooperation                   | PERSON   | PARTNER             | 1       | true  | 3      | true     | false  | false    | true   | false | NOT_COMPLEX_CRITERIA_NOT_MET  | BILATERAL       | Rule_TwoChainsWithoutOtherCriteria      | bilaterale
        no crime, nuisance or decline expected leaves bilateral cooperation | PERSON   | CARE_TRAJECTORY     | 4       | false | 2      | true     | false  | false    | true   | false | NOT_COMPLEX_CRITERIA_NOT_MET  | BILATERAL       | Rule_TwoChainsWithoutOtherCriteria      | bilaterale
        no coercion or pressure needed leaves bilateral cooperation         | PERSON   | PARTNER             | 4       | true  | 3      | false    | false  | false    | true   | false | NOT_COMPLEX_CRITERIA_NOT_MET  | BILATERAL       | Rule_TwoChainsWithoutOtherCriteria      | figuur 2
        no impact on the family system leaves bilateral cooperation         | SYSTEM   | PARTNER             | 4       | true  | 3      | true     | false  | false    | false  | false | NOT_COMPLEX_CRITERIA_NOT_MET  | BILATERAL       | Rule_TwoChainsWithoutOtherCriteria      | gezinssysteem
        only one chain needed goes to the chain office                      | PERSON   | PARTNER             | 4       | true  | 1      | true     | false  | false    | true   | false | NOT_COMPLEX_CRITERIA_NOT_MET  | CHAIN_OFFICE    | Rule_CriteriaNotMet                     | ketenbureau
        unknown number of chains goes to the chain office                   | SYSTEM   | PARTNER             | 3       | true  |        |          | false  | false    | true   | false | NOT_COMPLEX_CRITERIA_NOT_MET  | CHAIN_OFFICE    | Rule_CriteriaNotMet                     | ketenbureau
        solvable in one chain from a partner goes back to its own chain     | PERSON   | PARTNER             | 4       | true  | 3      | true     | true   | false    | true   | false | NOT_COMPLEX_SINGLE_CHAIN      | OWN_CHAIN       | Rule_SingleChainSolvable                | binnen de eigen keten
        solvable in one chain from the ZSM table goes back to ZSM           | PERSON   | ZSM                 | 2       | true  | 1      | false    | true   | false    | false  | false | NOT_COMPLEX_SINGLE_CHAIN      | ZSM             | Rule_SingleChainSolvableFromZsm         | ZSM-tafel
        solvable in one chain from a criminal trajectory goes to own chain  | PERSON   | CRIMINAL_TRAJECTORY | 3       | true  | 2      | true     | true   | false    | true   | false | NOT_COMPLEX_SINGLE_CHAIN      | OWN_CHAIN       | Rule_SingleChainSolvable                | bestaand regulier samenwerkingsverband
        unconfirmed single-chain question keeps a two-chain case bilateral  | PERSON   | PARTNER             | 4       | true  | 3      | true     |        | false    | true   | false | NOT_COMPLEX_CRITERIA_NOT_MET  | BILATERAL       | Rule_TwoChainsWithoutOtherCriteria      | bilaterale
        proven standard approach from a partner stays in its own chain      | PERSON   | DETENTION_AFTERCARE | 4       | true  | 3      | true     | false  | true     | true   | false | NOT_COMPLEX_STANDARD_APPROACH | OWN_CHAIN       | Rule_ProvenStandardApproach             | standaardaanpak
        proven standard approach from the ZSM table goes back to ZSM        | PERSON   | ZSM                 | 4       | true  | 3      | true     | false  | true     | true   | false | NOT_COMPLEX_STANDARD_APPROACH | ZSM             | Rule_ProvenStandardApproachFromZsm      | ZSM-tafel
        proven standard approach wins over single-chain solvability         | SYSTEM   | ZSM                 | 2       | true  | 1      | false    | true   | true     | false  | false | NOT_COMPLEX_STANDARD_APPROACH | ZSM             | Rule_ProvenStandardApproachFromZsm      | standaardaanpak
        proven standard approach wins over a serious area problem           | AREA     | AREA_SIGNAL         |         |       |        |          | false  | true     |        | true  | NOT_COMPLEX_STANDARD_APPROACH | OWN_CHAIN       | Rule_ProvenStandardApproach             | reguliere casuïstiek
        area problem that one chain can solve is not complex                | AREA     | AREA_SIGNAL         |         |       | 1      |          | true   | false    |        | true  | NOT_COMPLEX_SINGLE_CHAIN      | OWN_CHAIN       | Rule_SingleChainSolvable                | binnen één keten
        area flag on a person case does not replace the four criteria       | PERSON   | PARTNER             | 1       | false | 1      | false    | false  | false    | false  | true  | NOT_COMPLEX_CRITERIA_NOT_MET  | CHAIN_OFFICE    | Rule_CriteriaNotMet                     | ketenbureau
        """)
    void screeningFollowsTheFourCriteriaOfTheFramework(String scenario, String caseType, String route,
            Integer lifeDomainCount, Boolean criminalOrNuisanceRisk, Integer chainsNeeded,
            Boolean coercionOrPressureNeeded, Boolean singleChainSolvable, Boolean provenStandardApproach,
            Boolean systemImpact, Boolean seriousAreaSafetyIssue, String complexityOutcome, String referralAdvice,
            String rule, String rationaleMentions) {
        Evaluation evaluation = evaluate(decision, variables(
                "caseType", caseType,
                "route", route,
                "lifeDomainCount", lifeDomainCount,
                "criminalOrNuisanceRisk", criminalOrNuisanceRisk,
                "chainsNeeded", chainsNeeded,
                "coercionOrPressureNeeded", coercionOrPressureNeeded,
                "singleChainSolvable", singleChainSolvable,
                "provenStandardApproach", provenStandardApproach,
                "systemImpact", systemImpact,
                "seriousAreaSafetyIssue", seriousAreaSafetyIssue));

        assertOutcome(evaluation, complexityOutcome, referralAdvice, rationaleMentions);
        assertThat(evaluation.matchedRule()).isEqualTo(rule);
    }

    @Test
    void referralWithEveryAnswerMissingFallsToTheSafetyNetInsteadOfFailing() {
        VariableMap allNull = Variables.createVariables();
        INPUTS.forEach(input -> allNull.putValue(input, null));

        Evaluation evaluation = evaluate(decision, allNull);

        assertOutcome(evaluation, "NOT_COMPLEX_CRITERIA_NOT_MET", "CHAIN_OFFICE", "ontbrekende gegevens");
        assertThat(evaluation.matchedRule()).isEqualTo("Rule_IncompleteReferral");
    }

    @Test
    void referralWithoutAnyVariableSetFallsToTheSafetyNetInsteadOfFailing() {
        Evaluation evaluation = evaluate(decision, Variables.createVariables());

        assertOutcome(evaluation, "NOT_COMPLEX_CRITERIA_NOT_MET", "CHAIN_OFFICE", "ontbrekende gegevens");
        assertThat(evaluation.matchedRule()).isEqualTo("Rule_IncompleteReferral");
    }

    @ParameterizedTest(name = "case type \"{0}\"")
    @ValueSource(strings = {"HOUSEHOLD", "person", ""})
    void unknownCaseTypeFallsToTheSafetyNetEvenWhenTheOtherCriteriaAreMet(String caseType) {
        Evaluation evaluation = evaluate(decision, clearComplexPersonCase().putValue("caseType", caseType));

        assertOutcome(evaluation, "NOT_COMPLEX_CRITERIA_NOT_MET", "CHAIN_OFFICE", "soort casus ontbreekt");
        assertThat(evaluation.matchedRule()).isEqualTo("Rule_IncompleteReferral");
    }

    @Test
    void countsThatArriveAsLongFromJsonAreUnderstood() {
        Evaluation evaluation = evaluate(decision,
                clearComplexPersonCase().putValue("lifeDomainCount", 4L).putValue("chainsNeeded", 3L));

        assertOutcome(evaluation, "COMPLEX", "VEILIGHEIDSHUIS", "Veiligheidshuis");
        assertThat(evaluation.matchedRule()).isEqualTo("Rule_ComplexPersonCase");
    }

    @Test
    void referralOfTheDesignExampleIsComplex() {
        // the example body of POST /api/referrals in design.md: four life domains, three chains
        Evaluation evaluation = evaluate(decision, variables(
                "caseType", "PERSON", "route", "ZSM", "lifeDomainCount", 4, "criminalOrNuisanceRisk", true,
                "chainsNeeded", 3, "coercionOrPressureNeeded", true, "singleChainSolvable", false,
                "provenStandardApproach", false, "systemImpact", true, "seriousAreaSafetyIssue", false));

        assertOutcome(evaluation, "COMPLEX", "VEILIGHEIDSHUIS", "Veiligheidshuis");
    }

    private static VariableMap clearComplexPersonCase() {
        return variables("caseType", "PERSON", "route", "PARTNER", "lifeDomainCount", 4,
                "criminalOrNuisanceRisk", true, "chainsNeeded", 3, "coercionOrPressureNeeded", true,
                "singleChainSolvable", false, "provenStandardApproach", false, "systemImpact", true,
                "seriousAreaSafetyIssue", false);
    }

    private static void assertOutcome(Evaluation evaluation, String complexityOutcome, String referralAdvice,
            String rationaleMentions) {
        Map<String, Object> result = evaluation.single();
        assertThat(result).containsOnlyKeys(OUTPUTS)
                .containsEntry("complexityOutcome", complexityOutcome)
                .containsEntry("referralAdvice", referralAdvice);
        assertThat((String) result.get("rationale")).contains(rationaleMentions).endsWith(".");
    }
}
