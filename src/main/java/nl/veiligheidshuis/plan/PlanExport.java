package nl.veiligheidshuis.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.veiligheidshuis.privacy.PersonInCases;
import nl.veiligheidshuis.privacy.SubjectExportSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code plans} in the export of an access request: every version of the plan of each of the person's cases, with
 * its goals, agreements (what each partner does for whom) and the partners' decisions. The plan is the family's
 * plan: it is about the person, so it belongs in the answer.
 */
@Configuration
class PlanExport {

    record PlanRecord(String caseNumber, int version, String status, String goal, List<GoalRecord> goals, List<AgreementRecord> agreements,
            List<ConfirmationRecord> confirmations, String createdBy, Instant createdAt, Instant fixedAt) {
    }

    record GoalRecord(String lifeDomain, String goal) {
    }

    record AgreementRecord(String key, String partner, String description, String forWhom, String lifeDomain, String interventionKind,
            LocalDate dueDate, String status) {
    }

    record ConfirmationRecord(String partner, String decision, String reason, String decidedBy, Instant decidedAt) {
    }

    @Bean
    SubjectExportSection planExportSection(PlanRepository plans, PlanGoalRepository goals, AgreementRepository agreements,
            PlanConfirmationRepository confirmations) {
        return SubjectExportSection.of("plans", 0, person -> person.caseIds().stream()
                .flatMap(caseId -> plans.findByCaseIdOrderByVersion(caseId).stream())
                .map(plan -> record(person, plan, goals, agreements, confirmations))
                .toList());
    }

    private static PlanRecord record(PersonInCases person, Plan plan, PlanGoalRepository goals, AgreementRepository agreements,
            PlanConfirmationRepository confirmations) {
        return new PlanRecord(person.caseNumberOf(plan.getCaseId()), plan.getVersion(), plan.getStatus().name(), plan.getGoals(),
                goals.findByPlanIdOrderById(plan.getId()).stream().map(g -> new GoalRecord(g.getLifeDomain(), g.getGoal())).toList(),
                agreements.findByPlanIdOrderBySlot(plan.getId()).stream()
                        .map(a -> new AgreementRecord(a.getAgreementKey(), a.getPartnerGroup(), a.getDescription(), a.getForWhom(),
                                a.getLifeDomain(), a.getInterventionKind().name(), a.getDueDate(), a.getStatus().name()))
                        .toList(),
                confirmations.findByPlanIdOrderById(plan.getId()).stream()
                        .map(c -> new ConfirmationRecord(c.getPartnerGroup(), c.getDecision().name(), c.getReason(), c.getDecidedBy(),
                                c.getDecidedAt()))
                        .toList(),
                plan.getCreatedBy(), plan.getCreatedAt(), plan.getFixedAt());
    }
}
