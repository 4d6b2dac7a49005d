package nl.veiligheidshuis.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What the case director submitted on {@code plan-draft} or {@code plan-revise}: the overall goal, a goal per chosen
 * life domain, the agreements of the visible, filled slots (as typed, checked by {@link PlanRules}) and optionally a
 * family member at risk.
 */
public record PlanSubmission(String goal, List<DomainGoal> domainGoals, List<AgreementInput> agreements, FamilyMemberInput familyMember) {

    public PlanSubmission {
        domainGoals = domainGoals == null ? List.of() : List.copyOf(domainGoals);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
    }

    /** The goal on one life domain (design.md code). */
    public record DomainGoal(String lifeDomain, String goal) {
    }

    /** One agreement slot as submitted; {@code dueDate} is null when missing or not a date. */
    public record AgreementInput(int slot, String partner, String description, String forWhom, String lifeDomain, String kind,
            LocalDate dueDate) {
    }
}
