package nl.veiligheidshuis.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The goal of a plan version on one life domain. */
@Entity
@Table(name = "vh_plan_goal")
public class PlanGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;

    @Column(name = "life_domain", nullable = false, updatable = false)
    private String lifeDomain;

    @Column(nullable = false, updatable = false)
    private String goal;

    protected PlanGoal() {
    }

    PlanGoal(Long planId, String lifeDomain, String goal) {
        this.planId = planId;
        this.lifeDomain = lifeDomain;
        this.goal = goal;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getLifeDomain() {
        return lifeDomain;
    }

    public String getGoal() {
        return goal;
    }
}
