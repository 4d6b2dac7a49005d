package nl.veiligheidshuis.escalation;

import nl.veiligheidshuis.organisation.Groups;

/**
 * The levels of cooperation of §5.6 and annex I: operational (the case and its professionals), tactical (the VH
 * manager with partner management), strategic (the regional steering group) and national (the national meeting).
 */
public enum Level {
    OPERATIONAL(null),
    TACTICAL(Groups.TACTICAL_MEETING),
    STRATEGIC(Groups.STEERING_GROUP),
    NATIONAL(Groups.NATIONAL_MEETING);

    private final String group;

    Level(String group) {
        this.group = group;
    }

    /** The group that speaks for this level; at operational level that is the partner that escalated. */
    public String groupFor(String escalatingPartner) {
        return group == null ? escalatingPartner : group;
    }

    /** Levels an escalation can come from: the inputs of escalation-routing. */
    public boolean canEscalateFrom() {
        return this != NATIONAL;
    }
}
