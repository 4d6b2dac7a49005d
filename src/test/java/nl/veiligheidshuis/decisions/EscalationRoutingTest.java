package nl.veiligheidshuis.decisions;

import static nl.veiligheidshuis.decisions.DecisionTables.evaluate;
import static nl.veiligheidshuis.decisions.DecisionTables.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.decisions.DecisionTables.Evaluation;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code escalation-routing}: operational to tactical, tactical to the regional steering group, strategic to the
 * national meeting (§5.6), with a response term; every one of the 15 level and reason combinations has a rule.
 */
class EscalationRoutingTest {

    private static final String DECISION_ID = "escalation-routing";
    private static final List<String> LEVELS = List.of("OPERATIONAL", "TACTICAL", "STRATEGIC");
    private static final List<String> REASONS = List.of("AGREEMENT_NOT_HONOURED", "DISAGREEMENT", "CAPACITY",
            "ACUTE_RISK", "STRUCTURAL_BOTTLENECK");

    private static DmnDecision decision;

    @BeforeAll
    static void parseTable() {
        decision = DecisionTables.parse(DECISION_ID);
    }

    @Test
    void tableFollowsTheHouseConventionsAndTheContractOfDesignMd() {
        DecisionTables.assertFollowsConventions(DECISION_ID, HitPolicy.FIRST, List.of("currentLevel", "reason"),
                List.of("nextLevel", "assigneeGroup", "responseDue"));
    }

    @ParameterizedTest(name = "{0} escalation for {1} goes to {3}")
    @CsvSource(delimiter = '|', textBlock = """
        # level     | reason                 | next level | group             | due  | rule
        OPERATIONAL | AGREEMENT_NOT_HONOURED | TACTICAL   | tactisch-overleg  | P10D | Rule_OperationalAgreementNotHonoured
        OPERATIONAL | DISAGREEMENT           | TACTICAL   | tactisch-overleg  | P10D | Rule_OperationalDisagreement
        OPERATIONAL | CAPACITY               | TACTICAL   | tactisch-overleg  | P10D | Rule_OperationalCapacity
        OPERATIONAL | ACUTE_RISK             | TACTICAL   | tactisch-overleg  | P2D  | Rule_OperationalAcuteRisk
        OPERATIONAL | STRUCTURAL_BOTTLENECK  | TACTICAL   | tactisch-overleg  | P10D | Rule_OperationalStructuralBottleneck
        TACTICAL    | AGREEMENT_NOT_HONOURED | STRATEGIC  | stuurgroep        | P14D | Rule_TacticalAgreementNotHonoured
        TACTICAL    | DISAGREEMENT           | STRATEGIC  | stuurgroep        | P14D | Rule_TacticalDisagreement
        TACTICAL    | CAPACITY               | STRATEGIC  | stuurgroep        | P14D | Rule_TacticalCapacity
        TACTICAL    | ACUTE_RISK             | STRATEGIC  | stuurgroep        | P2D  | Rule_TacticalAcuteRisk
        TACTICAL    | STRUCTURAL_BOTTLENECK  | STRATEGIC  | stuurgroep        | P14D | Rule_TacticalStructuralBottleneck
        STRATEGIC   | AGREEMENT_NOT_HONOURED | NATIONAL   | landelijk-overleg | P28D | Rule_StrategicAgreementNotHonoured
        STRATEGIC   | DISAGREEMENT           | NATIONAL   | landelijk-overleg | P28D | Rule_StrategicDisagreement
        STRATEGIC   | CAPACITY               | NATIONAL   | landelijk-overleg | P28D | Rule_StrategicCapacity
        STRATEGIC   | ACUTE_RISK             | NATIONAL   | landelijk-overleg | P7D  | Rule_StrategicAcuteRisk
        STRATEGIC   | STRUCTURAL_BOTTLENECK  | NATIONAL   | landelijk-overleg | P28D | Rule_StrategicStructuralBottleneck
        """)
    void escalationMovesOneLevelUpWithTheTermOfThatLevel(String currentLevel, String reason, String nextLevel,
            String assigneeGroup, String responseDue, String rule) {
        Evaluation evaluation = evaluate(decision, variables("currentLevel", currentLevel, "reason", reason));

        assertThat(evaluation.single()).containsOnly(Map.entry("nextLevel", nextLevel),
                Map.entry("assigneeGroup", assigneeGroup), Map.entry("responseDue", responseDue));
        assertThat(evaluation.matchedRule()).isEqualTo(rule);
    }

    @Test
    void everyCombinationOfLevelAndReasonHasItsOwnRule() {
        List<String> rules = LEVELS.stream()
                .flatMap(level -> REASONS.stream()
                        .map(reason -> evaluate(decision, variables("currentLevel", level, "reason", reason))))
                .map(Evaluation::matchedRule)
                .toList();

        assertThat(rules).hasSize(15).doesNotHaveDuplicates();
    }

    @Test
    void acuteRiskIsAnsweredSoonerThanAnyOtherReasonAtEveryLevel() {
        for (String level : LEVELS) {
            int acute = days(evaluate(decision, variables("currentLevel", level, "reason", "ACUTE_RISK")));
            for (String reason : REASONS) {
                if (!reason.equals("ACUTE_RISK")) {
                    assertThat(acute).as("%s: acute risk against %s", level, reason)
                            .isLessThan(days(evaluate(decision, variables("currentLevel", level, "reason", reason))));
                }
            }
        }
    }

    // Documented choice (decision description): unknown input gives no result rather than a guessed route;
    // the caller validates level and reason before it escalates.
    @ParameterizedTest(name = "level \"{0}\"")
    @ValueSource(strings = {"NATIONAL", "operational", ""})
    void unknownLevelGivesNoRoute(String currentLevel) {
        Evaluation evaluation = evaluate(decision, variables("currentLevel", currentLevel, "reason", "CAPACITY"));

        assertThat(evaluation.rows()).isEmpty();
        assertThat(evaluation.matchedRules()).isEmpty();
    }

    @Test
    void missingLevelOrReasonGivesNoRouteInsteadOfFailing() {
        assertThat(evaluate(decision, variables("currentLevel", null, "reason", "CAPACITY")).rows()).isEmpty();
        assertThat(evaluate(decision, variables("currentLevel", "TACTICAL", "reason", null)).rows()).isEmpty();
        assertThat(evaluate(decision, variables("currentLevel", "TACTICAL", "reason", "OTHER")).rows()).isEmpty();
    }

    private static int days(Evaluation evaluation) {
        return Period.parse((String) evaluation.single().get("responseDue")).getDays();
    }
}
