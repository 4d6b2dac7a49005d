package nl.veiligheidshuis.area;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads a form value as text, whatever type the form submitted it with. */
final class AreaVariables {

    private AreaVariables() {
    }

    static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}
