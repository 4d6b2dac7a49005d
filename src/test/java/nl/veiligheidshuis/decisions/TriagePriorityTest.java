package nl.veiligheidshuis.decisions;

import static nl.veiligheidshuis.decisions.DecisionTables.evaluate;
import static nl.veiligheidshuis.decisions.DecisionTables.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.decisions.DecisionTables.Evaluation;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code triage-priority}: urgency first, then ZSM, minors and the regional strategic agenda (§4.3). */
class TriagePriorityTest {

    private static final String DECISION_ID = "triage-priority";
    private static final List<String> INPUTS = List.of("acuteSafetyRisk", "minorInvolved", "route",
            "matchesRegionalPriority");
    private static final List<String> OUTPUTS = List.of("priority", "screeningDue");

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
        # scenario                                                  | acute | minor | route               | regional | priority | due  | rule
        acute safety risk is screened within a working day          | true  | false | PARTNER             | false    | URGENT   | P1D  | Rule_AcuteSafetyRisk
        acute safety risk from the ZSM table is urgent, not ZSM-paced | true | true | ZSM                 | true     | URGENT   | P1D  | Rule_AcuteSafetyRisk
        ZSM referral is screened within three days                  | false | false | ZSM                 | false    | HIGH     | P3D  | Rule_ZsmReferral
        ZSM referral with a minor keeps the three-day ZSM term      | false | true  | ZSM                 | true     | HIGH     | P3D  | Rule_ZsmReferral
        preventive family referral with a minor is high             | false | true  | PREVENTIVE_FAMILY   | false    | HIGH     | P5D  | Rule_MinorInvolved
        referral on the regional agenda is high                     | false | false | CRIMINAL_TRAJECTORY | true     | HIGH     | P5D  | Rule_MatchesRegionalPriority
        minor on the regional agenda is high once                   | false | true  | PARTNER             | true     | HIGH     | P5D  | Rule_MinorInvolved
        ordinary partner referral is normal                         | false | false | PARTNER             | false    | NORMAL   | P10D | Rule_RegularReferral
        care trajectory escalation without urgency is normal        | false | false | CARE_TRAJECTORY     | false    | NORMAL   | P10D | Rule_RegularReferral
        detention aftercare without urgency is normal               | false | false | DETENTION_AFTERCARE | false    | NORMAL   | P10D | Rule_RegularReferral
        unknown acute risk does not block the minor rule            |       | true  | AREA_SIGNAL         |          | HIGH     | P5D  | Rule_MinorInvolved
        unknown route and agenda fall back to normal                | false | false |                     |          | NORMAL   | P10D | Rule_RegularReferral
        """)
    void priorityAndScreeningTermFollowUrgencyRouteMinorsAndTheRegionalAgenda(String scenario, Boolean acuteSafetyRisk,
            Boolean minorInvolved, String route, Boolean matchesRegionalPriority, String priority, String screeningDue,
            String rule) {
        Evaluation evaluation = evaluate(decision, variables(
                "acuteSafetyRisk", acuteSafetyRisk,
                "minorInvolved", minorInvolved,
                "route", route,
                "matchesRegionalPriority", matchesRegionalPriority));

        assertThat(evaluation.single()).containsOnly(Map.entry("priority", priority),
                Map.entry("screeningDue", screeningDue));
        assertThat(evaluation.matchedRule()).isEqualTo(rule);
    }

    @Test
    void referralWithoutAnyAnswerIsNormalInsteadOfFailing() {
        Evaluation evaluation = evaluate(decision, Variables.createVariables());

        assertThat(evaluation.single()).containsOnly(Map.entry("priority", "NORMAL"),
                Map.entry("screeningDue", "P10D"));
    }

    @Test
    void screeningTermsAreIsoPeriodsThatShortenWithPriority() {
        int urgent = days(evaluate(decision, variables("acuteSafetyRisk", true)));
        int zsm = days(evaluate(decision, variables("route", "ZSM")));
        int high = days(evaluate(decision, variables("minorInvolved", true)));
        int normal = days(evaluate(decision, variables("route", "PARTNER")));

        assertThat(urgent).isEqualTo(1);
        assertThat(zsm).isEqualTo(3);
        assertThat(urgent).isLessThan(zsm);
        assertThat(zsm).isLessThan(high);
        assertThat(high).isLessThan(normal);
    }

    private static int days(Evaluation evaluation) {
        return Period.parse((String) evaluation.single().get("screeningDue")).getDays();
    }
}
