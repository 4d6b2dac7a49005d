package nl.veiligheidshuis.conference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedOutput;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Why partner-selection proposes each partner: the labels of the inputs that the matching rules test ("Minderjarige
 * betrokken", "Huiselijk geweld"), read from the very table version the process evaluated, so the explanation can
 * never drift from the table. Evaluates on a plain DMN engine without history (the process's own business rule task
 * is the evaluation of record).
 */
public final class PartnerSelectionExplanation {

    static final String OUTPUT_PARTNER = "partner";

    private static final ThreadLocal<List<DmnEvaluatedDecisionRule>> MATCHED = ThreadLocal.withInitial(ArrayList::new);
    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
            .customPostDecisionEvaluationListeners(List.of(recordMatchedRules()))
            .buildEngine();

    private final DmnDecision decision;
    /** Per rule id: the reasons it gives (its tested inputs' labels, or {@link PartnerProposal#ALWAYS}). */
    private final Map<String, List<String>> reasonsPerRule = new HashMap<>();

    public PartnerSelectionExplanation(DmnModelInstance model) {
        this.decision = ENGINE.parseDecision(ConferenceProcess.DECISION_PARTNER_SELECTION, model);
        DecisionTable table = model.getModelElementsByType(DecisionTable.class).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("partner-selection has no decision table"));
        List<Input> inputs = new ArrayList<>(table.getInputs());
        for (Rule rule : table.getRules()) {
            List<String> reasons = new ArrayList<>();
            List<InputEntry> entries = new ArrayList<>(rule.getInputEntries());
            for (int i = 0; i < entries.size(); i++) {
                String test = entries.get(i).getText() == null || entries.get(i).getText().getTextContent() == null ? ""
                        : entries.get(i).getText().getTextContent().trim();
                if (!test.isEmpty() && !"-".equals(test)) {
                    String label = inputs.get(i).getLabel();
                    reasons.add("true".equals(test) ? label : label + ": " + literal(test));
                }
            }
            reasonsPerRule.put(rule.getId(), reasons.isEmpty() ? List.of(PartnerProposal.ALWAYS) : List.of(String.join(" en ", reasons)));
        }
    }

    /** @param inputs caseType and the twelve indicators, as the process holds them */
    public Map<String, List<String>> reasons(Map<String, Object> inputs) {
        MATCHED.get().clear();
        try {
            ENGINE.evaluateDecisionTable(decision, Variables.fromMap(new HashMap<>(inputs)));
            Map<String, Set<String>> perPartner = new LinkedHashMap<>();
            for (DmnEvaluatedDecisionRule rule : MATCHED.get()) {
                DmnEvaluatedOutput partner = rule.getOutputEntries().get(OUTPUT_PARTNER);
                if (partner != null && partner.getValue() != null) {
                    perPartner.computeIfAbsent(String.valueOf(partner.getValue().getValue()), p -> new LinkedHashSet<>())
                            .addAll(reasonsPerRule.getOrDefault(rule.getId(), List.of()));
                }
            }
            Map<String, List<String>> result = new LinkedHashMap<>();
            perPartner.forEach((partner, reasons) -> result.put(partner, List.copyOf(reasons)));
            return result;
        } finally {
            MATCHED.remove();
        }
    }

    /** A tested value as people read it: the case types in Dutch, other literals without quotes. */
    static String literal(String test) {
        String value = test.replace("\"", "");
        return switch (value) {
            case "PERSON" -> "persoon";
            case "SYSTEM" -> "systeem (gezin of huishouden)";
            case "AREA" -> "gebied of thema";
            default -> value;
        };
    }

    private static DmnDecisionEvaluationListener recordMatchedRules() {
        return event -> {
            if (event.getDecisionResult() instanceof DmnDecisionTableEvaluationEvent tableEvent) {
                MATCHED.get().addAll(tableEvent.getMatchingRules());
            }
        };
    }
}
