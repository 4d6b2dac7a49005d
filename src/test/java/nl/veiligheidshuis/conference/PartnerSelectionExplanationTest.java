package nl.veiligheidshuis.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Why each partner is proposed, read from the deployed table itself ({@code decisions/partner-selection.dmn}). */
class PartnerSelectionExplanationTest {

    private static PartnerSelectionExplanation explanation;

    @BeforeAll
    static void readTable() {
        explanation = new PartnerSelectionExplanation(Dmn.readModelFromFile(new File("decisions/partner-selection.dmn")));
    }

    @Test
    void eachPartnerGetsTheLabelsOfTheIndicatorsThatBroughtIt() {
        Map<String, List<String>> reasons = explanation.reasons(inputs("PERSON", "minorInvolved", "domesticViolence", "publicOrderNuisance",
                "mentalHealthProblems", "addictionProblems", "incomeDebtProblems"));

        assertThat(reasons).containsOnlyKeys("gemeente", "rvdk", "jeugdzorg", "politie", "ggz", "maatschappelijk-werk", "uwv");
        assertThat(reasons.get("gemeente")).containsExactly(PartnerProposal.ALWAYS);
        assertThat(reasons.get("rvdk")).containsExactly("Minderjarige betrokken");
        assertThat(reasons.get("politie")).containsExactly("Huiselijk geweld", "Overlast of verstoring openbare orde");
        assertThat(reasons.get("ggz")).containsExactly("Psychische problemen", "Verslavingsproblemen");
        assertThat(reasons.get("uwv")).containsExactly("Inkomens- of schuldenproblemen");
    }

    @Test
    void anAreaCaseBringsThePoliceBecauseOfItsCaseType() {
        Map<String, List<String>> reasons = explanation.reasons(inputs("AREA"));

        assertThat(reasons).containsOnlyKeys("gemeente", "politie");
        assertThat(reasons.get("politie")).containsExactly("Soort casus: gebied of thema");
    }

    @Test
    void aCaseWithoutIndicatorsHasOnlyTheMunicipalityForItsAlwaysRule() {
        assertThat(explanation.reasons(inputs("SYSTEM"))).containsOnlyKeys("gemeente");
    }

    private static Map<String, Object> inputs(String caseType, String... holding) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("caseType", caseType);
        ConferenceProcess.INDICATORS.forEach(indicator -> inputs.put(indicator, List.of(holding).contains(indicator)));
        return inputs;
    }
}
