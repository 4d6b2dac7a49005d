package nl.veiligheidshuis.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Evaluates the decision tables in {@code decisions/} with the plain DMN engine (default FEEL engine, as deployed)
 * and checks the conventions every table follows. Records which rules matched, so a test can say which rule of a
 * FIRST table decided.
 */
final class DecisionTables {

    static final Path DECISIONS = Path.of("decisions");
    static final String DMN_13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    static final String DMNDI_13 = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

    private static final ThreadLocal<List<String>> MATCHED_RULES = ThreadLocal.withInitial(ArrayList::new);

    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
            .customPostDecisionEvaluationListeners(List.of(recordMatchedRules()))
            .buildEngine();

    private DecisionTables() {
    }

    /** The outcome of one evaluation: the result rows (each output name to its value) and the ids of the rules hit. */
    record Evaluation(List<Map<String, Object>> rows, List<String> matchedRules) {

        /** The one row of a FIRST table; fails when no rule or more than one matched. */
        Map<String, Object> single() {
            assertThat(rows).as("result rows").hasSize(1);
            return rows.get(0);
        }

        String matchedRule() {
            assertThat(matchedRules).as("matched rules").hasSize(1);
            return matchedRules.get(0);
        }
    }

    static Path file(String decisionId) {
        return DECISIONS.resolve(decisionId + ".dmn");
    }

    static DmnDecision parse(String decisionId) {
        try (InputStream in = Files.newInputStream(file(decisionId))) {
            return ENGINE.parseDecision(decisionId, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Evaluation evaluate(DmnDecision decision, VariableMap variables) {
        MATCHED_RULES.get().clear();
        DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(decision, variables);
        List<Map<String, Object>> rows = new ArrayList<>();
        result.getResultList().forEach(row -> rows.add(new LinkedHashMap<>(row)));
        return new Evaluation(rows, List.copyOf(MATCHED_RULES.get()));
    }

    /** Variables from name/value pairs; values may be {@code null}, unlike {@link Map#of}. */
    static VariableMap variables(Object... namesAndValues) {
        assertThat(namesAndValues.length % 2).as("name/value pairs").isZero();
        VariableMap variables = Variables.createVariables();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.putValue((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    /**
     * The conventions of docs/house-style.md and design.md for one table: DMN 1.3, one decision named after the
     * file, a Dutch name, history time-to-live, the contract's hit policy, input and output names in that order,
     * meaningful ids, a description (annotation) on every rule, string outputs as quoted FEEL literals, and a
     * DMNDI shape so that the file opens in Camunda Modeler.
     */
    static void assertFollowsConventions(String decisionId, HitPolicy hitPolicy, List<String> inputNames,
            List<String> outputNames) {
        DmnModelInstance model = Dmn.readModelFromFile(file(decisionId).toFile());
        assertThat(model.getDefinitions().getDomElement().getNamespaceURI()).isEqualTo(DMN_13);

        assertThat(model.getModelElementsByType(Decision.class)).as("decisions in the file").hasSize(1);
        Decision decision = model.getModelElementById(decisionId);
        assertThat(decision).as("decision with the file's name as id").isNotNull();
        assertThat(decision.getName()).as("decision name").isNotBlank().doesNotContain(decisionId);
        assertThat(decision.getCamundaHistoryTimeToLiveString()).as("history time-to-live").isEqualTo("1826");

        DecisionTable table = (DecisionTable) decision.getExpression();
        assertThat(table.getHitPolicy()).isEqualTo(hitPolicy);
        assertThat(table.getAggregation()).as("COLLECT without aggregation").isNull();

        assertThat(table.getInputs()).extracting(input -> input.getInputExpression().getText().getTextContent())
                .containsExactlyElementsOf(inputNames);
        for (Input input : table.getInputs()) {
            assertThat(input.getId()).matches("Input_[A-Z][A-Za-z]+");
            assertThat(input.getLabel()).as("label of %s", input.getId()).isNotBlank();
            assertThat(input.getInputExpression().getTypeRef()).as("typeRef of %s", input.getId())
                    .isIn("string", "boolean", "integer");
        }
        assertThat(table.getOutputs()).extracting(Output::getName).containsExactlyElementsOf(outputNames);
        for (Output output : table.getOutputs()) {
            assertThat(output.getId()).matches("Output_[A-Z][A-Za-z]+");
            assertThat(output.getLabel()).as("label of %s", output.getId()).isNotBlank();
            assertThat(output.getTypeRef()).as("typeRef of %s", output.getId()).isEqualTo("string");
        }

        assertThat(table.getRules()).isNotEmpty();
        for (Rule rule : table.getRules()) {
            assertThat(rule.getId()).matches("Rule_[A-Z][A-Za-z]+");
            assertThat(rule.getDescription()).as("annotation of %s", rule.getId()).isNotNull();
            assertThat(rule.getDescription().getTextContent()).as("annotation of %s", rule.getId()).isNotBlank();
            assertThat(rule.getInputEntries()).hasSameSizeAs(table.getInputs());
            assertThat(rule.getOutputEntries()).hasSameSizeAs(table.getOutputs());
            for (OutputEntry entry : rule.getOutputEntries()) {
                assertThat(entry.getText().getTextContent()).as("output of %s", rule.getId())
                        .matches("\"[^\"]+\"");
            }
        }

        assertThat(diagramShapesOf(decisionId)).as("DMNDI shape of the decision").containsExactly(decisionId);
    }

    private static List<String> diagramShapesOf(String decisionId) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            NodeList shapes = factory.newDocumentBuilder().parse(file(decisionId).toFile())
                    .getElementsByTagNameNS(DMNDI_13, "DMNShape");
            List<String> refs = new ArrayList<>();
            for (int i = 0; i < shapes.getLength(); i++) {
                Element shape = (Element) shapes.item(i);
                assertThat(shape.getElementsByTagNameNS("http://www.omg.org/spec/DMN/20180521/DC/", "Bounds")
                        .getLength()).as("bounds of the shape").isOne();
                refs.add(shape.getAttribute("dmnElementRef"));
            }
            return refs;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the diagram of " + decisionId, e);
        }
    }

    private static DmnDecisionEvaluationListener recordMatchedRules() {
        return event -> {
            if (event.getDecisionResult() instanceof DmnDecisionTableEvaluationEvent tableEvent) {
                List<String> matched = MATCHED_RULES.get();
                matched.clear();
                tableEvent.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
            }
        };
    }
}
