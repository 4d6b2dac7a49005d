package nl.veiligheidshuis.escalation;

import java.util.Set;

/** Why an escalation is raised: the reasons escalation-routing knows. */
public enum Reason {
    AGREEMENT_NOT_HONOURED(70),
    DISAGREEMENT(70),
    CAPACITY(50),
    ACUTE_RISK(90),
    STRUCTURAL_BOTTLENECK(50);

    /** What the VH manager may escalate without a case. */
    public static final Set<Reason> STRUCTURAL = Set.of(CAPACITY, STRUCTURAL_BOTTLENECK);

    private final int taskPriority;

    Reason(int taskPriority) {
        this.taskPriority = taskPriority;
    }

    /** Priority of the escalation's tasks in Tasklist (0-100): an acute risk first. */
    public int taskPriority() {
        return taskPriority;
    }
}
