package nl.veiligheidshuis.agenda;

import static nl.veiligheidshuis.agenda.RegionalAgendaProcess.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The row variables of {@code agenda-draft} as priorities, and back (prefill). Row 1 is always shown; row n only when
 * row n-1 is shown and has a theme (the form's conditional.hide), so a hidden row's stale values are never read. Rank
 * follows the rows' order.
 */
final class AgendaForm {

    private AgendaForm() {
    }

    static List<RegionalAgendas.PriorityInput> parse(Map<String, Object> variables) {
        List<RegionalAgendas.PriorityInput> priorities = new ArrayList<>();
        for (int slot = 1; slot <= PRIORITY_SLOTS; slot++) {
            String theme = text(variables, priorityTheme(slot));
            if (theme == null) {
                break;
            }
            priorities.add(new RegionalAgendas.PriorityInput(theme, text(variables, priorityDescription(slot)),
                    text(variables, priorityTargetGroup(slot)), text(variables, priorityLeadPartner(slot))));
        }
        return priorities;
    }

    /** Prefill of the form: every row variable, null where the row is empty (so older values do not linger). */
    static Map<String, Object> variablesOf(List<RegionalAgendas.PriorityInput> priorities) {
        Map<String, Object> variables = new HashMap<>();
        for (int slot = 1; slot <= PRIORITY_SLOTS; slot++) {
            RegionalAgendas.PriorityInput priority = slot <= priorities.size() ? priorities.get(slot - 1) : null;
            variables.put(priorityTheme(slot), priority == null ? null : priority.theme());
            variables.put(priorityDescription(slot), priority == null ? null : priority.description());
            variables.put(priorityTargetGroup(slot), priority == null ? null : priority.targetGroup());
            variables.put(priorityLeadPartner(slot), priority == null ? null : priority.leadPartnerGroup());
        }
        return variables;
    }

    private static String text(Map<String, Object> variables, String name) {
        Object value = variables.get(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value.toString().strip();
    }
}
