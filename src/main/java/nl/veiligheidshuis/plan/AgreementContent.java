package nl.veiligheidshuis.plan;

import java.time.LocalDate;

/** What an agreement says: two agreements with equal content are the same agreement. */
public record AgreementContent(String partner, String description, String forWhom, String lifeDomain, InterventionKind kind,
        LocalDate dueDate) {
}
