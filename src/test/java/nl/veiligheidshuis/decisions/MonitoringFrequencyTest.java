package nl.veiligheidshuis.decisions;

import static nl.veiligheidshuis.decisions.DecisionTables.evaluate;
import static nl.veiligheidshuis.decisions.DecisionTables.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.datatype.DatatypeFactory;
import nl.veiligheidshuis.decisions.DecisionTables.Evaluation;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code monitoring-frequency}: how often the plan is evaluated and when the aftercare check follows closure. */
class MonitoringFrequencyTest {

    private static final String DECISION_ID = "monitoring-frequency";
    private static final List<String> PRIORITIES = Arrays.asList("URGENT", "HIGH", "NORMAL", null);
    private static final List<String> PHASES = Arrays.asList("PLAN", "MONITORING", "AFTERCARE", "CLOSED", null);
    private static final LocalDate SOME_DAY = LocalDate.of(2026, 1, 1);

    private static DmnDecision decision;

    @BeforeAll
    static void parseTable() {
        decision = DecisionTables.parse(DECISION_ID);
    }

    @Test
    void tableFollowsTheHouseConventionsAndTheContractOfDesignMd() {
        DecisionTables.assertFollowsConventions(DECISION_ID, HitPolicy.FIRST,
                List.of("priority", "minorInvolved", "phase"), List.of("evaluationInterval", "aftercareCheckAfter"));
    }

    // An empty cell is a missing (null) answer.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # scenario                                                  | priority | minor | phase      | evaluation | aftercare | rule
        urgent case with a minor is evaluated weekly                | URGENT   | true  | MONITORING | P7D        | P3M       | Rule_UrgentWithMinor
        urgent case is evaluated every two weeks                    | URGENT   | false | MONITORING | P14D       | P3M       | Rule_Urgent
        high case with a minor is evaluated every two weeks         | HIGH     | true  | MONITORING | P14D       | P3M       | Rule_HighWithMinor
        high case is evaluated every four weeks                     | HIGH     | false | MONITORING | P28D       | P6M       | Rule_High
        normal case with a minor is evaluated every four weeks      | NORMAL   | true  | MONITORING | P28D       | P3M       | Rule_NormalWithMinor
        normal case is evaluated every six weeks                    | NORMAL   | false | MONITORING | P42D       | P6M       | Rule_Normal
        new normal plan gets its first evaluation after four weeks  | NORMAL   | false | PLAN       | P28D       | P6M       | Rule_NormalNewPlan
        new plan for a minor keeps the minor's rhythm               | NORMAL   | true  | PLAN       | P28D       | P3M       | Rule_NormalWithMinor
        new urgent plan keeps the urgent rhythm                     | URGENT   | false | PLAN       | P14D       | P3M       | Rule_Urgent
        closed case in aftercare is checked quarterly               | HIGH     | false | AFTERCARE  | P3M        | P6M       | Rule_Aftercare
        closed case with a minor in aftercare is checked monthly    | URGENT   | true  | AFTERCARE  | P1M        | P3M       | Rule_AftercareWithMinor
        phase CLOSED of the case file counts as aftercare           | NORMAL   | false | CLOSED     | P3M        | P6M       | Rule_Aftercare
        normal case with unknown minor and phase is normal          | NORMAL   |       |            | P42D       | P6M       | Rule_Normal
        unknown priority is evaluated sooner than normal            |          | false | MONITORING | P28D       | P6M       | Rule_UnknownPriority
        unknown priority with a minor keeps the minor's aftercare   |          | true  |            | P28D       | P3M       | Rule_UnknownPriorityWithMinor
        misspelt priority counts as unknown                         | LOW      | false | MONITORING | P28D       | P6M       | Rule_UnknownPriority
        """)
    void monitoringRhythmFollowsPriorityMinorsAndPhase(String scenario, String priority, Boolean minorInvolved,
            String phase, String evaluationInterval, String aftercareCheckAfter, String rule) {
        Evaluation evaluation = evaluate(decision,
                variables("priority", priority, "minorInvolved", minorInvolved, "phase", phase));

        assertThat(evaluation.single()).containsOnly(Map.entry("evaluationInterval", evaluationInterval),
                Map.entry("aftercareCheckAfter", aftercareCheckAfter));
        assertThat(evaluation.matchedRule()).isEqualTo(rule);
    }

    @Test
    void minorIsNeverFollowedLessCloselyThanAnAdultInTheSameSituation() {
        for (String priority : PRIORITIES) {
            for (String phase : PHASES) {
                Map<String, Object> minor = evaluate(decision,
                        variables("priority", priority, "minorInvolved", true, "phase", phase)).single();
                Map<String, Object> adult = evaluate(decision,
                        variables("priority", priority, "minorInvolved", false, "phase", phase)).single();
                String situation = priority + "/" + phase;
                assertThat(end(minor.get("evaluationInterval"))).as("evaluation, %s", situation)
                        .isBeforeOrEqualTo(end(adult.get("evaluationInterval")));
                assertThat(end(minor.get("aftercareCheckAfter"))).as("aftercare check, %s", situation)
                        .isBeforeOrEqualTo(end(adult.get("aftercareCheckAfter")));
            }
        }
    }

    @Test
    void higherPriorityIsEvaluatedAtLeastAsOften() {
        for (Boolean minor : List.of(true, false)) {
            LocalDate urgent = end(interval("URGENT", minor));
            LocalDate high = end(interval("HIGH", minor));
            LocalDate normal = end(interval("NORMAL", minor));
            assertThat(urgent).as("minor %s", minor).isBeforeOrEqualTo(high);
            assertThat(high).as("minor %s", minor).isBeforeOrEqualTo(normal);
        }
    }

    @Test
    void everyOutcomeIsAnIsoPeriodForJavaTimeAndForCamundaTimers() throws Exception {
        DatatypeFactory timers = DatatypeFactory.newInstance(); // what the engine's timer durations parse with
        for (String priority : PRIORITIES) {
            for (String phase : PHASES) {
                for (Boolean minor : Arrays.asList(true, false, null)) {
                    Map<String, Object> result = evaluate(decision,
                            variables("priority", priority, "minorInvolved", minor, "phase", phase)).single();
                    for (Object value : result.values()) {
                        assertThatCode(() -> Period.parse((String) value)).doesNotThrowAnyException();
                        assertThatCode(() -> timers.newDuration((String) value)).doesNotThrowAnyException();
                    }
                }
            }
        }
    }

    @Test
    void caseWithoutAnyAnswerGetsTheSafetyNetInsteadOfFailing() {
        Evaluation evaluation = evaluate(decision, Variables.createVariables());

        assertThat(evaluation.single()).containsOnly(Map.entry("evaluationInterval", "P28D"),
                Map.entry("aftercareCheckAfter", "P6M"));
        assertThat(evaluation.matchedRule()).isEqualTo("Rule_UnknownPriority");
    }

    private Object interval(String priority, Boolean minor) {
        return evaluate(decision, variables("priority", priority, "minorInvolved", minor, "phase", "MONITORING"))
                .single().get("evaluationInterval");
    }

    private static LocalDate end(Object isoPeriod) {
        return SOME_DAY.plus(Period.parse((String) isoPeriod));
    }
}
