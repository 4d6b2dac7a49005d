package nl.veiligheidshuis.planning;

import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.planning.ConferencePlanner.Slot;
import nl.veiligheidshuis.planning.ConferencePlanner.WaitingCase;

/**
 * The week's slots as process direction reads them in the task form (Markdown for the form's text view): case numbers,
 * priorities and partner names only, never anything about the people in the cases.
 */
final class PlanningSummary {

    private PlanningSummary() {
    }

    static String of(PlanningWeek week, List<Slot> slots, Map<String, String> partnerNames, int maxCasesPerSlot, int maxLength) {
        int caseCount = slots.stream().mapToInt(slot -> slot.cases().size()).sum();
        if (slots.isEmpty()) {
            return "Week " + week + ": geen casussen wachten op een casusoverleg.";
        }
        StringBuilder text = new StringBuilder();
        text.append("Week ").append(week).append(": ").append(slots.size()).append(slots.size() == 1 ? " casusoverleg, " : " casusoverleggen, ")
                .append(caseCount).append(caseCount == 1 ? " casus" : " casussen").append(" (ten hoogste ").append(maxCasesPerSlot)
                .append(" per overleg).\n");
        for (Slot slot : slots) {
            StringBuilder part = new StringBuilder();
            part.append("\n**Overleg ").append(slot.number()).append("**: ")
                    .append(String.join(", ", slot.partners().stream().map(id -> partnerNames.getOrDefault(id, id)).toList()))
                    .append("\n");
            for (WaitingCase waiting : slot.cases()) {
                part.append("- ").append(waiting.caseNumber()).append(" (").append(priorityLabel(waiting.priority())).append(")\n");
            }
            if (text.length() + part.length() > maxLength) {
                text.append("\n… en meer: de volledige planning staat in de applicatie (weekplanning casusoverleg).\n");
                break;
            }
            text.append(part);
        }
        return text.toString();
    }

    static String priorityLabel(String priority) {
        if (priority == null) {
            return "geen prioriteit";
        }
        return switch (priority) {
            case "URGENT" -> "urgent";
            case "HIGH" -> "hoog";
            case "NORMAL" -> "normaal";
            default -> priority.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
